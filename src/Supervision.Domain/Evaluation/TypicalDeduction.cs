namespace Supervision.Domain.Evaluation;

/// <summary>A typical deduction an evaluator can pick for an item (text and points).</summary>
public sealed record TypicalDeduction(string Text, int Points);
