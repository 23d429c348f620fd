using Supervision.Domain.Calendar;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

/// <summary>
/// A calendar that ends: the coverage warning comes 60 days ahead, and a rule that counts through a year nobody has
/// entered says so in its finding instead of passing the year's days as ordinary working days.
/// </summary>
public class CalendarGapTests
{
    // Only 2026 is maintained: 2027 is a year without a calendar.
    private static readonly HolidayCalendar Only2026 = new([(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), "国庆节")], [], [2026]);

    [Theory]
    [InlineData("2026-11-01 10:00", null)]                 // 60 days ahead is 31 December: still covered
    [InlineData("2026-11-02 10:00", WarningLevel.Orange)]  // 60 days ahead is 1 January 2027
    [InlineData("2027-01-01 00:30", WarningLevel.Red)]     // the year has begun without a calendar
    public void A_year_starting_within_60_days_without_a_calendar_is_a_warning(string local, WarningLevel? level)
    {
        var finding = new CalendarCoverageRule(new CalendarCoverageOptions()).Evaluate([2026], Local(local)).SingleOrDefault();

        Assert.Equal(level, finding?.Level);
        if (finding is null) return;
        Assert.Equal("节假日日历未覆盖2027年", finding.Title);
        Assert.Equal(CalendarCoverageRule.SubjectKey(2027), finding.SubjectKey);
        // Read by supervisors: no internal ids, codes or English.
        Assert.DoesNotMatch("[A-Za-z]", finding.Title + finding.Detail);
        Assert.Contains("2027年", finding.Detail);
        Assert.Empty(new CalendarCoverageRule(new CalendarCoverageOptions()).Evaluate([2026, 2027], Local(local)));
    }

    [Fact]
    public void A_deadline_counted_through_a_missing_year_says_the_calendar_is_missing()
    {
        var rule = new CaseTimeLimitRule(new CaseTimeLimitOptions(), Only2026);
        // Decided Wednesday 30 December 2026: the seven working days run into 2027, whose holidays nobody has entered.
        var intoMissingYear = new CaseProgressFact(1, "A-1", 1, 1, Local("2026-12-01 09:00"), Local("2026-12-30 10:00"), null);
        // Decided in November: its seven working days are all in 2026.
        var within2026 = new CaseProgressFact(2, "A-2", 1, 1, Local("2026-10-20 09:00"), Local("2026-11-02 10:00"), null);

        var findings = rule.Evaluate([intoMissingYear, within2026], Local("2027-02-20 10:00")).ToList();

        var provisional = Assert.Single(findings, f => f.SubjectKey == CaseTimeLimitRule.SubjectKey(1, "served"));
        // Only weekends off in 2027: the earliest the deadline can be, and the finding says it is provisional.
        Assert.Equal(new DateOnly(2027, 1, 8), rule.ServiceDeadline(Local("2026-12-30 10:00")));
        Assert.Contains("2027年节假日日历尚未维护", provisional.Detail);
        Assert.Contains("待日历维护后复核", provisional.Detail);
        var settled = Assert.Single(findings, f => f.SubjectKey == CaseTimeLimitRule.SubjectKey(2, "served"));
        Assert.DoesNotContain("尚未维护", settled.Detail);
    }

    [Fact]
    public void An_execution_on_a_weekday_of_a_missing_year_is_a_question_not_a_working_day()
    {
        var rule = new NightHolidayExecutionRule(new NightHolidayExecutionOptions(), Only2026);
        var tuesday = new CompulsoryFact(31, 2, 7, 3, CompulsoryKind.ForcedExecution, Local("2027-01-05 10:00"), Local("2027-01-05 11:00"), false);

        var finding = Assert.Single(rule.Evaluate([tuesday], Local("2027-01-10 10:00")));

        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Contains("2027年节假日日历尚未维护", finding.Detail);
        Assert.Contains("2027年1月5日", finding.Detail);
        // Once 2027 is maintained (that Tuesday an ordinary working day), the question goes away.
        var with2027 = new HolidayCalendar([(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3), "元旦")], [], [2026, 2027]);
        Assert.Empty(new NightHolidayExecutionRule(new NightHolidayExecutionOptions(), with2027).Evaluate([tuesday], Local("2027-01-10 10:00")));
    }

    [Fact]
    public void The_calendar_names_the_first_year_it_does_not_hold()
    {
        Assert.Null(Only2026.UncoveredYearIn(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(2027, Only2026.UncoveredYearIn(new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1)));
        Assert.Equal(new DateOnly(2027, 1, 1), Only2026.CoveredUntil(new DateOnly(2026, 5, 1)));
    }
}
