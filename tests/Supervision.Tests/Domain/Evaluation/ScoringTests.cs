using System.ComponentModel.DataAnnotations;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Evaluation;

namespace Supervision.Tests.Domain.Evaluation;

public class ScoringTests
{
    private static readonly Checklist Checklist = ChecklistFile.Load(Path.Combine(TestPaths.DataSeed, "evaluation-checklist.json"));

    [Fact]
    public void The_shipped_checklist_has_the_eight_categories_and_totals_100()
    {
        Assert.Equal(["执法主体", "事实认定", "证据收集", "法律适用", "执法程序", "裁量适用", "文书制作", "案卷归档"],
            Checklist.Categories.Select(c => c.Name));
        Assert.Equal(100, Checklist.Items.Sum(i => i.MaxPoints));
        Assert.All(Checklist.Items, i => Assert.NotEmpty(i.Deductions));
        // seeds/003 三(二)2: evidence by two officers is on the list with its typical deduction.
        Assert.Contains(Checklist.Item("ZT-02")!.Deductions, d => d.Text.Contains("少于两人"));
    }

    [Fact]
    public void A_checklist_that_does_not_total_100_or_repeats_a_code_or_overdeducts_is_refused_with_each_problem_named()
    {
        var bad = new List<ChecklistCategory>
        {
            new("A", "甲", [new ChecklistItem("A-1", "一", 60, null, [new TypicalDeduction("过多", 61)]), new ChecklistItem("A-1", "二", 30, null, [])]),
        };
        var e = Assert.Throws<InvalidDataException>(() => new Checklist("测试", bad));
        Assert.Contains("add up to 90, not 100", e.Message);
        Assert.Contains("item code 'A-1' is used 2 times", e.Message);
        Assert.Contains("takes 61 points", e.Message);
    }

    [Fact]
    public void A_file_scores_100_less_its_deductions()
    {
        var score = Scoring.Score(Checklist, [new("ZJ-01", 5, "缺少现场检查笔录"), new("WS-01", 2, "文书缺少当事人地址"), new("WS-01", 1, "文号错误")]);
        Assert.True(score.IsValid);
        Assert.Equal((8, 92), (score.Deducted, score.Score));
        Assert.Equal(100, Scoring.Score(Checklist, []).Score);
    }

    [Fact]
    public void Every_deduction_needs_a_reason()
    {
        var score = Scoring.Score(Checklist, [new("ZJ-01", 5, "缺少现场检查笔录"), new("WS-01", 2, "  ")]);
        var problem = Assert.Single(score.Problems);
        Assert.Equal((1, "reason"), (problem.Item, problem.Field));
    }

    [Fact]
    public void An_item_loses_at_most_its_maximum_in_total_and_points_are_positive()
    {
        // ZT-02 is worth 5: 5 is allowed, 3 + 3 is not.
        Assert.True(Scoring.Score(Checklist, [new("ZT-02", 5, "执法证过期")]).IsValid);
        var over = Scoring.Score(Checklist, [new("ZT-02", 3, "取证一人"), new("ZT-02", 3, "未出示证件")]);
        Assert.Equal((1, "points"), (Assert.Single(over.Problems).Item, over.Problems[0].Field));
        Assert.Equal("points", Assert.Single(Scoring.Score(Checklist, [new("ZT-02", 6, "x")]).Problems).Field);
        Assert.Equal("points", Assert.Single(Scoring.Score(Checklist, [new("ZT-02", 0, "x")]).Problems).Field);
        Assert.Equal("item", Assert.Single(Scoring.Score(Checklist, [new("XX-99", 1, "x")]).Problems).Field);
    }

    [Fact]
    public void Taking_every_item_in_full_scores_0_not_less()
    {
        var all = Checklist.Items.Select(i => new DeductionEntry(i.Code, i.MaxPoints, "全部不符合")).ToList();
        Assert.Equal(0, Scoring.Score(Checklist, all).Score);
    }

    [Theory]
    [InlineData(100, Grade.Excellent)]
    [InlineData(90, Grade.Excellent)]
    [InlineData(89, Grade.Qualified)]
    [InlineData(70, Grade.Qualified)]
    [InlineData(69, Grade.Unqualified)]
    [InlineData(0, Grade.Unqualified)]
    public void Grades_change_exactly_at_the_default_thresholds(int score, Grade expected) => Assert.Equal(expected, GradeScale.Default.Of(score));

    [Theory]
    [InlineData(95, 60, 94, Grade.Qualified)]
    [InlineData(95, 60, 95, Grade.Excellent)]
    [InlineData(95, 60, 59, Grade.Unqualified)]
    [InlineData(95, 60, 60, Grade.Qualified)]
    public void Configured_thresholds_grade_at_N_minus_1_and_N(int excellent, int qualified, int score, Grade expected) =>
        Assert.Equal(expected, new GradeScale(excellent, qualified).Of(score));

    [Theory]
    [InlineData(90, 70, true)]
    [InlineData(100, 1, true)]
    [InlineData(70, 70, false)]
    [InlineData(60, 70, false)]
    [InlineData(101, 70, false)]
    [InlineData(90, 0, false)]
    public void Thresholds_are_validated_at_start_up(int excellent, int qualified, bool valid)
    {
        var options = new EvaluationOptions { ExcellentFrom = excellent, QualifiedFrom = qualified };
        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        if (!valid) Assert.Contains("Evaluation:ExcellentFrom/QualifiedFrom", results[0].ErrorMessage);
    }
}
