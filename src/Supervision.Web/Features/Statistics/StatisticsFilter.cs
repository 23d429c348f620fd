using System.Globalization;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.Statistics;

/// <summary>One Asia/Shanghai calendar month and the optional filters (an agency includes the agencies under it; district is where it happened).</summary>
public sealed record StatisticsFilter(int Year, int Month, int? AgencyId = null, int? DistrictId = null, Sector? Sector = null)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The month as file names and titles carry it: 2026-10.</summary>
    public string Label => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public DateTime FromUtc => ChinaTime.StartOfDayUtc(FirstDay);
    public DateTime ToUtc => ChinaTime.StartOfDayUtc(FirstDay.AddMonths(1));

    /// <summary>The last complete month before now (what the page opens on and the archive files).</summary>
    public static StatisticsFilter LastCompleteMonth(TimeProvider time)
    {
        var previous = DateOnly.FromDateTime(ChinaTime.Today(time)).AddMonths(-1);
        return new(previous.Year, previous.Month);
    }
}
