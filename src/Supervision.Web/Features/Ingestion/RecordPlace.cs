using Supervision.Domain.Geography;

namespace Supervision.Web.Features.Ingestion;

/// <summary>Where a record happened: the checked coordinates and the street they belong to.</summary>
internal sealed record RecordPlace(Region Street, GeoPoint Point);
