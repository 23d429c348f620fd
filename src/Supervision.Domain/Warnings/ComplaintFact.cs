using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>A complaint and whether it has been handled.</summary>
public sealed record ComplaintFact(int Id, int AgencyId, int? OfficerId, int? StreetId, ComplaintChannel Channel, DateTime ReceivedAt,
    DateTime Deadline, DateTime? HandledAt);
