using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Overview;

/// <summary>What the overview shows: a period (instants, the bounds of Asia/Shanghai days or hours) and optional filters.</summary>
public sealed record OverviewFilter(DateTime FromUtc, DateTime ToUtc, int? DistrictId = null, Sector? Sector = null, int? AgencyId = null)
{
    /// <summary>How the period reads on screen (今天, 最近7天, 2026-11-01 至 2026-11-20).</summary>
    public string PeriodName { get; init; } = "";

    /// <summary>Today so far, in Asia/Shanghai.</summary>
    public static OverviewFilter Today(DateTime nowUtc) => new(ChinaTime.StartOfDayUtc(ChinaTime.DayOf(nowUtc)), nowUtc) { PeriodName = UiText.Get("Period.Today") };
}
