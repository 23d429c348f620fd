namespace Supervision.Web.Features.Exports;

/// <summary>An export's filter: the statistics' month and filters (lists use what applies to them).</summary>
public sealed record ExportParameters(int Year, int Month, int? AgencyId = null, int? DistrictId = null, Domain.Agencies.Sector? Sector = null);
