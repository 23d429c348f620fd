namespace Supervision.Domain.Warnings;

/// <summary>The cases to judge with their parties' earlier cases of the same matters, and the first-violation no-penalty items.</summary>
public sealed record FirstViolationSnapshot(IReadOnlyCollection<FirstViolationFact> Cases, IReadOnlyCollection<NoPenaltyItemFact> Items);
