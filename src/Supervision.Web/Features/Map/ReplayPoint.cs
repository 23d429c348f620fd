namespace Supervision.Web.Features.Map;

/// <summary>One record of a replayed day: when and where it happened.</summary>
public sealed record ReplayPoint(DateTime AtUtc, string Kind, double Longitude, double Latitude, int StreetId);
