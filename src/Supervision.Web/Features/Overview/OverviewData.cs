using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Overview;

public sealed record OverviewData(
    DateTime AtUtc,
    OverviewFilter Filter,
    int Inspections,
    int CasesFiled,
    int CasesDecided,
    long Fines,
    int OpenCases,
    int OverdueRectifications,
    int OpenComplaints,
    int OverdueComplaints,
    IReadOnlyList<NamedCount> BySector,
    IReadOnlyList<NamedCount> TopAgencies,
    IReadOnlyList<NamedCount> FourListUse,
    IReadOnlyList<DayCount> Trend,
    IReadOnlyList<ActivityEvent> Latest)
{
    /// <summary>Live warnings (open or acknowledged) by level, under the same place and agency filters; not the period.</summary>
    public WarningCounts Warnings { get; init; } = WarningCounts.None;

    /// <summary>Supervision notices issued (or sent back) whose reply deadline has passed without a reply, now.</summary>
    public int OverdueNotices { get; init; }
}
