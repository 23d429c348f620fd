namespace Supervision.Web.Features.Map;

/// <summary>A record to pulse on the map: where it happened and its kind (inspection, case, rectification, measure, complaint — the pulse's colour).</summary>
public sealed record MapPulse(double Longitude, double Latitude, string Kind);
