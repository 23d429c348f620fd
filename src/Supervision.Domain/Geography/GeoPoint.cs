namespace Supervision.Domain.Geography;

/// <summary>WGS84 longitude/latitude in decimal degrees.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);
