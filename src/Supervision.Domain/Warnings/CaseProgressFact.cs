using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>
/// A case's progress against its time limits: when it was filed, decided, served and closed (stage records), what may
/// move its decision limit — its approved extensions and its suspensions, each with the day the center received it
/// (<see cref="DecisionPeriod.Clock"/>) — and when the decision and the service reached the center (null: with the case,
/// or before receipts were kept), so a stage reported late is judged from its receipt as well.
/// </summary>
public sealed record CaseProgressFact(int Id, string Number, int AgencyId, int StreetId, DateTime FiledAt, DateTime? DecidedAt, DateTime? ServedAt,
    DateTime? ClosedAt = null, IReadOnlyList<Extension>? Extensions = null, IReadOnlyList<Suspension>? Suspensions = null,
    DateTime? DecisionReceivedAt = null, DateTime? ServiceReceivedAt = null);
