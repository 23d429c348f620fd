using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>
/// What the map shows: a period [FromUtc, ToUtc) and optional filters. District means where the activity took place
/// (its street); sector and agency mean who acted, an agency including the agencies under it — as on the overview.
/// </summary>
public sealed record FigureFilter(DateTime FromUtc, DateTime ToUtc, int? DistrictId = null, Sector? Sector = null, int? AgencyId = null)
{
    public static FigureFilter Of(WindowRange range) => new(range.FromUtc, range.ToUtc);
}
