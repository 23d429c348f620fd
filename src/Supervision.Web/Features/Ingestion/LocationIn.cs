namespace Supervision.Web.Features.Ingestion;

public sealed record LocationIn(double? Lon, double? Lat);
