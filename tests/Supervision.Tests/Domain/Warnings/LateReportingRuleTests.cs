using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Tests.Domain.Warnings;

/// <summary>数据报送及时性: three working days after the act are allowed; the fourth is late; weekends and holidays do not count.</summary>
public class LateReportingRuleTests
{
    // 2026-10-01..07 National Day, 2026-10-10 (Saturday) a make-up working day; enough of a calendar for the boundaries.
    private static readonly HolidayCalendar Calendar = new(
        [(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), "国庆节")], [new DateOnly(2026, 10, 10)], [2026]);

    private static readonly LateReportingRule Rule = new(new LateReportingOptions(), Calendar);

    private static DateTime Local(int month, int day, int hour = 10) => ChinaTime.ToUtc(new DateTime(2026, month, day, hour, 0, 0));

    private static ReportFact Record(int id, DateTime act, DateTime received) => new(RecordKind.Inspection, id, 5, act, received);

    [Fact]
    public void Three_working_days_are_on_time_and_the_fourth_is_late()
    {
        // Monday 2026-11-02: Thursday is the third working day after it, Friday the fourth.
        Assert.Empty(Rule.Evaluate([Record(1, Local(11, 2), Local(11, 5, 23))], Local(11, 6)));
        var late = Assert.Single(Rule.Evaluate([Record(1, Local(11, 2), Local(11, 6))], Local(11, 6)));
        Assert.Equal((WarningLevel.Blue, 4.0), (late.Level, late.Severity));
        Assert.Equal(LateReportingRule.SubjectKey(5, new DateOnly(2026, 11, 6)), late.SubjectKey);
    }

    [Fact]
    public void Weekends_and_holidays_do_not_count_but_a_make_up_working_day_does()
    {
        Assert.Equal(2, Rule.WorkingDaysLate(Local(11, 6), Local(11, 10)));   // Friday → Tuesday: Monday and Tuesday
        Assert.Equal(1, Rule.WorkingDaysLate(Local(9, 30), Local(10, 8)));    // over National Day: only the 8th
        Assert.Equal(3, Rule.WorkingDaysLate(Local(10, 8), Local(10, 12)));   // 9th, Saturday 10th (make-up), 12th
    }

    [Fact]
    public void One_warning_per_agency_and_day_of_receipt_by_the_longest_delay_and_only_within_the_lookback()
    {
        var received = Local(11, 30);
        var findings = Rule.Evaluate([Record(1, Local(11, 2), received), Record(2, Local(11, 16), received), Record(3, Local(11, 27), received)], Local(11, 30)).ToList();
        var f = Assert.Single(findings);
        Assert.Equal(WarningLevel.Orange, f.Level);
        Assert.Equal([1, 2], f.Records.Single().Ids);
        Assert.Contains("检查记录2条", f.Detail);
        Assert.Empty(Rule.Evaluate([Record(1, Local(9, 1), Local(10, 15))], Local(11, 30)));
    }
}
