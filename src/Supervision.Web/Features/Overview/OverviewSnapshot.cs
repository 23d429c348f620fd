using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Map;

namespace Supervision.Web.Features.Overview;

/// <summary>What the overview and the wall's first panel show of one view: the figures and the map's streets.</summary>
public sealed record OverviewSnapshot(OverviewData Data, IReadOnlyList<StreetFigure> Streets)
{
    /// <summary>The highest inspection id the computation read: inspections above it are counted as they arrive.</summary>
    public int InspectionsUpTo { get; init; }

    /// <summary>
    /// These figures with one more inspection: the period's count, its sector and agency (when ranked), its day in the
    /// trend, its street, and the latest records. Null when a figure it belongs to is not there to add to (a sector not
    /// yet listed, a day past the trend's end): the view is then recomputed.
    /// </summary>
    public OverviewSnapshot? WithInspection(ActivityEvent record, Agency agency, DateTime nowUtc)
    {
        var sector = agency.Sector.ToString();
        var day = ChinaTime.DayOf(record.OccurredAt);
        if (Data.BySector.All(s => s.Key != sector) || Data.Trend.All(d => d.Day != day)) return null;
        var data = Data with
        {
            AtUtc = nowUtc,
            Inspections = Data.Inspections + 1,
            BySector = [.. Data.BySector.Select(s => s.Key == sector ? s with { Inspections = s.Inspections + 1 } : s).OrderByDescending(s => s.Inspections + s.Cases)],
            TopAgencies = [.. Data.TopAgencies.Select(a => a.Key == agency.Code ? a with { Inspections = a.Inspections + 1 } : a)
                .OrderByDescending(a => a.Inspections + a.Cases).ThenBy(a => a.Key, StringComparer.Ordinal)],
            Trend = [.. Data.Trend.Select(d => d.Day == day ? d with { Inspections = d.Inspections + 1 } : d)],
            Latest = [record, .. Data.Latest.Take(OverviewQuery.LatestCount - 1)],
        };
        var streets = Streets.Select(s => s.StreetId == record.StreetId ? s with { Inspections = s.Inspections + 1 } : s).ToList();
        return this with { Data = data, Streets = streets };
    }
}
