namespace Supervision.Domain.Evaluation;

/// <summary>
/// The case-file evaluation checklist (案卷评查标准, data-seed/evaluation-checklist.json): categories of items whose
/// maximum points add up to <see cref="Total"/> (100). A file starts at 100 and loses points per item, never more than
/// the item is worth.
/// </summary>
public sealed class Checklist
{
    public const int Total = 100;

    private readonly Dictionary<string, (ChecklistCategory Category, ChecklistItem Item)> _byCode;

    public Checklist(string name, IReadOnlyList<ChecklistCategory> categories)
    {
        Name = name;
        Categories = categories;
        var problems = Problems(categories);
        if (problems.Count > 0)
            throw new InvalidDataException($"Evaluation checklist '{name}' is not valid: {string.Join("; ", problems)}.");
        _byCode = categories.SelectMany(c => c.Items.Select(i => (c, i))).ToDictionary(x => x.i.Code, x => (x.c, x.i), StringComparer.Ordinal);
    }

    public string Name { get; }
    public IReadOnlyList<ChecklistCategory> Categories { get; }
    public IEnumerable<ChecklistItem> Items => Categories.SelectMany(c => c.Items);

    public ChecklistItem? Item(string code) => _byCode.TryGetValue(code, out var x) ? x.Item : null;

    public ChecklistCategory? CategoryOf(string itemCode) => _byCode.TryGetValue(itemCode, out var x) ? x.Category : null;

    /// <summary>What is wrong with a checklist, in words an administrator fixing the file can act on; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<ChecklistCategory> categories)
    {
        var problems = new List<string>();
        if (categories.Count == 0) problems.Add("no categories");
        foreach (var duplicate in categories.GroupBy(c => c.Code).Where(g => g.Count() > 1))
            problems.Add($"category code '{duplicate.Key}' is used {duplicate.Count()} times");
        var items = categories.SelectMany(c => c.Items).ToList();
        foreach (var duplicate in items.GroupBy(i => i.Code).Where(g => g.Count() > 1))
            problems.Add($"item code '{duplicate.Key}' is used {duplicate.Count()} times");
        foreach (var category in categories.Where(c => c.Items.Count == 0))
            problems.Add($"category '{category.Code}' has no items");
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Text)) problems.Add($"item '{item.Code}' needs a code and a text");
            if (item.MaxPoints <= 0) problems.Add($"item '{item.Code}' has maximum points {item.MaxPoints}; it must be above 0");
            foreach (var d in item.Deductions.Where(d => d.Points <= 0 || d.Points > item.MaxPoints))
                problems.Add($"item '{item.Code}': typical deduction '{d.Text}' takes {d.Points} points; it must be 1 to the item's maximum {item.MaxPoints}");
        }
        var total = items.Sum(i => i.MaxPoints);
        if (total != Total) problems.Add($"the items' maximum points add up to {total}, not {Total}");
        return problems;
    }
}
