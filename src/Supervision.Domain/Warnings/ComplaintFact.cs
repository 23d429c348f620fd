using Supervision.Domain.Complaints;

namespace Supervision.Domain.Warnings;

/// <summary>A complaint and whether it has been handled.</summary>
public sealed record ComplaintFact(int Id, int AgencyId, int? OfficerId, int? StreetId, ComplaintChannel Channel, DateTime ReceivedAt,
    DateTime Deadline, DateTime? HandledAt);
