using Supervision.Domain.Agencies;

namespace Supervision.Web.Features.Map;

/// <summary>
/// What the map shows: a period [FromUtc, ToUtc) and optional filters. District means where the activity took place
/// (its street); sector and agency mean who acted, an agency including the agencies under it — as on the overview.
/// </summary>
public sealed record FigureFilter(DateTime FromUtc, DateTime ToUtc, int? DistrictId = null, Sector? Sector = null, int? AgencyId = null)
{
    public static FigureFilter Of(WindowRange range) => new(range.FromUtc, range.ToUtc);
}
