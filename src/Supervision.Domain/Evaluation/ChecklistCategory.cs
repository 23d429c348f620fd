namespace Supervision.Domain.Evaluation;

public sealed record ChecklistCategory(string Code, string Name, IReadOnlyList<ChecklistItem> Items);
