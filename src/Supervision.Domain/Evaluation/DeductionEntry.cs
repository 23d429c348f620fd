namespace Supervision.Domain.Evaluation;

/// <summary>One deduction an evaluator makes: the checklist item, the points taken and why (a reason is required).</summary>
public sealed record DeductionEntry(string ItemCode, int Points, string? Reason);
