using Supervision.Domain.Complaints;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// One complaint as its page shows it. <see cref="ReceivedAt"/> is when the complaint was accepted (受理), as the agency
/// reports it; the center keeps no separate time of its own first receipt for complaints.
/// </summary>
public sealed record ComplaintDetail(
    int Id, string RecordNumber, string AgencyCode, string AgencyName, ComplaintChannel Channel, LinkedRecordView? Officer,
    string? StreetCode, string? StreetName, string Summary, DateTime ReceivedAt, DateTime Deadline, DateTime? HandledAt,
    ComplaintOutcome? Outcome, bool Overdue);
