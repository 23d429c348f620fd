using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

/// <summary>The inspection-frequency rule judging each visit by the credit grade in force on its (Shanghai) day.</summary>
public class CreditGradeHistoryTests
{
    private static readonly DateTime Now = Local("2026-11-30 10:00");
    private readonly InspectionFrequencyRule _rule = new(new InspectionFrequencyOptions());

    private static InspectionSnapshot Snapshot(IEnumerable<DateTime> visits, CreditGrade? register, params CreditGradeChange[] history) =>
        new([.. visits.Select((at, i) => Inspections.Of(i + 1, at, agency: i + 1))], [new PartyFact(7, register, 3, history)]);

    private static DateTime[] TwoThenOne(string third) => [Local("2026-02-01 10:00"), Local("2026-03-01 10:00"), Local(third)];

    [Fact]
    public void A_grade_applies_from_its_day_a_visit_the_day_before_is_judged_by_the_grade_before()
    {
        // B (3 a year) until 30 June, A (2 a year) from 1 July: the third visit is too many only from 1 July.
        var toA = new CreditGradeChange(CreditGrade.A, new DateOnly(2026, 7, 1), "信用中国（山东）", GradeBefore: CreditGrade.B);
        Assert.Empty(_rule.Evaluate(Snapshot(TwoThenOne("2026-06-30 23:59"), CreditGrade.A, toA), Now));
        var finding = Assert.Single(_rule.Evaluate(Snapshot(TwoThenOne("2026-07-01 00:00"), CreditGrade.A, toA), Now));
        Assert.Equal(1, finding.Severity);
        Assert.Contains("年初为B级；2026年7月1日起为A级（信用中国（山东））", finding.Detail);
        Assert.Contains("其中1次超出当日信用等级的年度上限（A级2次、B级3次）", finding.Detail);
    }

    [Fact]
    public void A_downgrade_allows_more_visits_from_its_day_and_earlier_excess_stays()
    {
        // A (2) then D (8) from 1 May: 2 visits as A, 3 more as D are within; a third as A was one too many and stays so.
        var toD = new CreditGradeChange(CreditGrade.D, new DateOnly(2026, 5, 1), "市场监管部门", GradeBefore: CreditGrade.A);
        DateTime[] within = [Local("2026-02-01 10:00"), Local("2026-03-01 10:00"), Local("2026-05-01 09:00"), Local("2026-06-01 09:00"), Local("2026-07-01 09:00")];
        Assert.Empty(_rule.Evaluate(Snapshot(within, CreditGrade.D, toD), Now));
        DateTime[] early = [Local("2026-02-01 10:00"), Local("2026-03-01 10:00"), Local("2026-04-30 10:00"), Local("2026-06-01 09:00")];
        Assert.Equal(1, Assert.Single(_rule.Evaluate(Snapshot(early, CreditGrade.D, toD), Now)).Severity);
    }

    [Fact]
    public void Before_its_first_dated_grade_an_enterprise_without_one_is_ungraded_and_judged_by_the_default()
    {
        // Ungraded (as B: 3) until C (5) from 1 October: the fourth visit on 30 September is too many and the text says why.
        var toC = new CreditGradeChange(CreditGrade.C, new DateOnly(2026, 10, 1), "信用中国（山东）", GradeBefore: null);
        DateTime[] visits = [Local("2026-02-01 10:00"), Local("2026-03-01 10:00"), Local("2026-04-01 10:00"), Local("2026-09-30 10:00"), Local("2026-10-01 10:00")];
        var finding = Assert.Single(_rule.Evaluate(Snapshot(visits, CreditGrade.C, toC), Now));
        Assert.Equal(1, finding.Severity);
        Assert.Contains("年初未评定信用等级", finding.Detail);
        Assert.Contains("（未评定信用等级的按B级计）", finding.Detail);
    }

    [Fact]
    public void With_no_dated_grade_the_register_grade_holds_all_year_and_ungraded_is_said()
    {
        var finding = Assert.Single(_rule.Evaluate(Snapshot(TwoThenOne("2026-04-01 10:00").Append(Local("2026-05-01 10:00")), null), Now));
        Assert.Contains("未评定信用等级（按B级计）", finding.Detail);
        Assert.Contains("年度上限3次，超出1次", finding.Detail);
    }

    [Fact]
    public void The_grade_in_force_is_the_latest_effective_not_after_the_day_and_the_later_received_of_one_day()
    {
        List<CreditGradeChange> history =
        [
            new(CreditGrade.C, new DateOnly(2025, 3, 1), "市场监管部门", CreditGrade.B),
            new(CreditGrade.A, new DateOnly(2026, 7, 1), "信用中国（山东）", CreditGrade.B),
            new(CreditGrade.D, new DateOnly(2026, 7, 1), "市场监管部门", CreditGrade.B),
        ];
        Assert.Equal(CreditGrade.B, CreditGrades.On(history, CreditGrade.D, new DateOnly(2025, 2, 28)));
        Assert.Equal(CreditGrade.C, CreditGrades.On(history, CreditGrade.D, new DateOnly(2026, 6, 30)));
        Assert.Equal(CreditGrade.D, CreditGrades.On(history, CreditGrade.D, new DateOnly(2026, 7, 1)));
        Assert.Equal(CreditGrade.A, CreditGrades.On([], CreditGrade.A, new DateOnly(2026, 7, 1)));
        Assert.Null(CreditGrades.On([], null, new DateOnly(2026, 7, 1)));
    }
}
