namespace Supervision.Domain.Evaluation;

/// <summary>One line of the checklist: what a good file shows, how many points it is worth, what usually goes wrong.</summary>
public sealed record ChecklistItem(string Code, string Text, int MaxPoints, string? Basis, IReadOnlyList<TypicalDeduction> Deductions);
