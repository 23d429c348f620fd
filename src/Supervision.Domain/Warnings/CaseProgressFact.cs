using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>
/// A case's progress against its time limits: when it was filed, decided, served and closed (stage records), and what
/// moves its decision limit — an approved extension's date and its suspensions (<see cref="DecisionPeriod"/>).
/// </summary>
public sealed record CaseProgressFact(int Id, string Number, int AgencyId, int StreetId, DateTime FiledAt, DateTime? DecidedAt, DateTime? ServedAt,
    DateTime? ClosedAt = null, DateOnly? ExtendedUntil = null, IReadOnlyList<Suspension>? Suspensions = null);
