using Supervision.Domain.Validation;

namespace Supervision.Domain.Evaluation;

/// <summary>
/// Scores one case file: 100 minus the deductions. Each deduction names an item of the checklist, takes at least one
/// point, and gives a reason (the campaign publishes its common problems, 《济南市提升行政执法质量实施方案》 第14项, so every lost point must
/// say what was wrong); an item never loses more than it is worth in total; the score never goes below 0.
/// </summary>
public static class Scoring
{
    public static FileScore Score(Checklist checklist, IReadOnlyList<DeductionEntry> deductions)
    {
        var problems = new List<FieldError>();
        for (var i = 0; i < deductions.Count; i++)
        {
            var d = deductions[i];
            var item = checklist.Item(d.ItemCode);
            if (item is null) problems.Add(new("item", $"评查项目“{d.ItemCode}”不在评查标准中", i));
            if (d.Points <= 0) problems.Add(new("points", "扣分须为正整数", i));
            else if (item is not null && d.Points > item.MaxPoints)
                problems.Add(new("points", $"{item.Code} 最多扣 {item.MaxPoints} 分", i));
            if (string.IsNullOrWhiteSpace(d.Reason)) problems.Add(new("reason", "每项扣分须写明理由", i));
        }
        foreach (var group in deductions.Select((d, i) => (d, i)).GroupBy(x => x.d.ItemCode))
        {
            var item = checklist.Item(group.Key);
            var taken = group.Where(x => x.d.Points > 0).Sum(x => x.d.Points);
            if (item is not null && taken > item.MaxPoints && group.Count() > 1)
                problems.Add(new("points", $"{item.Code} 合计扣 {taken} 分，超过该项满分 {item.MaxPoints} 分", group.Last().i));
        }
        var deducted = deductions.Where(d => d.Points > 0).Sum(d => d.Points);
        return new FileScore(deducted, Math.Max(0, Checklist.Total - deducted), problems);
    }
}
