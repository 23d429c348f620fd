namespace Supervision.Domain.Warnings;

/// <summary>A case's progress against its time limits: when it was filed, decided, served and closed (stage records).</summary>
public sealed record CaseProgressFact(int Id, string Number, int AgencyId, int StreetId, DateTime FiledAt, DateTime? DecidedAt, DateTime? ServedAt,
    DateTime? ClosedAt = null);
