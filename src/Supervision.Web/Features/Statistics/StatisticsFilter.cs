using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Matters;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

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
