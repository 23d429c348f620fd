using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class NightHolidayExecutionRuleTests
{
    private static readonly DateTime Now = Local("2026-10-20 10:00");
    private readonly NightHolidayExecutionRule _rule = new(new NightHolidayExecutionOptions(), Calendar);

    private static CompulsoryFact Execution(DateTime startedAt, DateTime? endedAt = null, bool emergency = false,
        CompulsoryKind kind = CompulsoryKind.ForcedDemolition) =>
        new(31, AgencyId: 2, PartyId: 7, StreetId: 3, kind, startedAt, endedAt, emergency, CaseId: 21);

    private WarningLevel? LevelAt(string local) => _rule.Evaluate([Execution(Local(local))], Now).SingleOrDefault()?.Level;

    [Theory]
    [InlineData("2026-10-14 10:00", null)]                // Wednesday daytime
    [InlineData("2026-10-14 21:59:59", null)]
    [InlineData("2026-10-14 22:00", WarningLevel.Orange)] // night starts
    [InlineData("2026-10-15 05:59:59", WarningLevel.Orange)]
    [InlineData("2026-10-15 06:00", null)]                // night ends
    [InlineData("2026-10-01 10:00", WarningLevel.Orange)] // National Day
    [InlineData("2026-10-01 23:00", WarningLevel.Red)]    // National Day night
    [InlineData("2026-10-10 10:00", null)]                // Saturday, make-up working day
    [InlineData("2026-10-11 10:00", WarningLevel.Orange)] // ordinary Sunday
    public void Night_and_days_off_from_the_holiday_calendar(string local, WarningLevel? level) =>
        Assert.Equal(level, LevelAt(local));

    [Fact]
    public void An_emergency_or_a_measure_that_is_not_execution_is_fine()
    {
        Assert.Empty(_rule.Evaluate([Execution(Local("2026-10-01 23:00"), emergency: true)], Now));
        Assert.Empty(_rule.Evaluate([Execution(Local("2026-10-01 23:00"), kind: CompulsoryKind.Seizure)], Now));
    }

    [Fact]
    public void The_holiday_starts_at_midnight_in_Shanghai()
    {
        var daytimeOnly = new NightHolidayExecutionRule(new NightHolidayExecutionOptions { NightStartHour = 0, NightEndHour = 0 }, Calendar);
        // 2026-10-01 00:00 in Shanghai is 2026-09-30 16:00 UTC; 30 September is a Wednesday.
        Assert.Empty(daytimeOnly.Evaluate([Execution(new DateTime(2026, 9, 30, 15, 59, 59, DateTimeKind.Utc))], Now));
        var finding = Assert.Single(daytimeOnly.Evaluate([Execution(new DateTime(2026, 9, 30, 16, 0, 0, DateTimeKind.Utc))], Now));
        Assert.Contains("国庆节", finding.Detail);
    }

    [Fact]
    public void An_execution_running_into_the_night_counts()
    {
        var finding = Assert.Single(_rule.Evaluate([Execution(Local("2026-10-14 20:00"), Local("2026-10-14 22:30"))], Now));
        Assert.Equal(WarningLevel.Orange, finding.Level);
        Assert.Equal("night-holiday-execution:measure:31", finding.SubjectKey);
        Assert.Empty(_rule.Evaluate([Execution(Local("2026-10-14 20:00"), Local("2026-10-14 21:30"))], Now));
    }

    [Fact]
    public void Weekends_can_be_left_to_the_statutory_holidays()
    {
        var holidaysOnly = new NightHolidayExecutionRule(new NightHolidayExecutionOptions { IncludeWeekends = false }, Calendar);
        Assert.Empty(holidaysOnly.Evaluate([Execution(Local("2026-10-11 10:00"))], Now));
        Assert.Single(holidaysOnly.Evaluate([Execution(Local("2026-10-02 10:00"))], Now));
    }
}
