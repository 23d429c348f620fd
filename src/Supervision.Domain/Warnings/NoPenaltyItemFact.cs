namespace Supervision.Domain.Warnings;

/// <summary>An item of a matter's no-penalty list (不予处罚清单) that applies to first violations (首违不罚).</summary>
public sealed record NoPenaltyItemFact(int ItemId, int MatterId, string Code, string Circumstance);
