using Supervision.Domain.Rectifications;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// One 责令整改 order as its page shows it, with the case or inspection it came from where the reader may see it.
/// <see cref="DaysOverdue"/> counts the days past the deadline while no follow-up review is recorded.
/// </summary>
public sealed record RectificationDetail(
    int Id, string RecordNumber, string AgencyCode, string AgencyName, PartyView Party, string StreetCode, string StreetName,
    LinkedRecordView? Case, LinkedRecordView? Inspection, string Requirement, DateTime IssuedAt, DateOnly Deadline,
    DateTime? ReviewedAt, ReviewResult? ReviewResult, int DaysOverdue, DateTime ReceivedAt);
