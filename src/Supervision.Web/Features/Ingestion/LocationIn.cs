using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record LocationIn([property: Range(-180.0, 180.0)] double? Lon, [property: Range(-90.0, 90.0)] double? Lat);
