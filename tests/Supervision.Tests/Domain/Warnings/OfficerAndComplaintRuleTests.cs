using Supervision.Domain.Complaints;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class OverdueComplaintRuleTests
{
    private readonly OverdueComplaintRule _rule = new(new OverdueComplaintOptions());

    private static ComplaintFact Complaint(DateTime? handledAt = null) =>
        new(41, AgencyId: 2, OfficerId: 9, StreetId: 3, ComplaintChannel.Hotline12345, Local("2026-03-01 09:00"), Local("2026-03-10 18:00"), handledAt);

    [Theory]
    [InlineData("2026-03-10 17:59", null)]
    [InlineData("2026-03-10 18:01", WarningLevel.Blue)]   // past the deadline, same day
    [InlineData("2026-03-11 00:00", WarningLevel.Blue)]   // one day at midnight in Shanghai
    [InlineData("2026-03-12 23:59", WarningLevel.Blue)]
    [InlineData("2026-03-13 00:00", WarningLevel.Yellow)] // three days
    [InlineData("2026-03-17 00:00", WarningLevel.Orange)]
    [InlineData("2026-03-25 00:00", WarningLevel.Red)]
    public void Escalates_from_the_deadline(string now, WarningLevel? level)
    {
        var finding = _rule.Evaluate([Complaint()], Local(now)).SingleOrDefault();
        Assert.Equal(level, finding?.Level);
        if (finding is not null) Assert.Equal("overdue-complaint:complaint:41", finding.SubjectKey);
    }

    [Fact]
    public void Handling_clears_it() =>
        Assert.Empty(_rule.Evaluate([Complaint(Local("2026-03-20 10:00"))], Local("2026-03-25 00:00")));
}

public class TrainingHoursRuleTests
{
    private readonly TrainingHoursRule _rule = new(new TrainingHoursOptions());

    private static OfficerFact Officer(double hours, int year = 2026) => new(9, 2, "王明", Day("2027-12-31"), year, hours);

    [Fact]
    public void Nothing_before_October_in_Shanghai()
    {
        Assert.Empty(_rule.Evaluate([Officer(0)], Local("2026-09-30 23:59:59")));
        var finding = Assert.Single(_rule.Evaluate([Officer(0)], Local("2026-10-01 00:00")));
        Assert.Equal("training-hours:officer:9:year:2026", finding.SubjectKey);
    }

    // 15 November 2026 is day 319: the pace is 60 × 319 / 365 = 52.4 hours.
    [Theory]
    [InlineData(52.4, null)]
    [InlineData(51.5, null)]
    [InlineData(51.4, WarningLevel.Blue)]
    [InlineData(42.5, WarningLevel.Blue)]
    [InlineData(42.4, WarningLevel.Yellow)]
    [InlineData(32.4, WarningLevel.Orange)]
    [InlineData(22.4, WarningLevel.Red)]
    public void Escalates_with_the_hours_behind_the_pace(double hours, WarningLevel? level) =>
        Assert.Equal(level, _rule.Evaluate([Officer(hours)], Local("2026-11-15 10:00")).SingleOrDefault()?.Level);

    [Theory]
    [InlineData(59.0, WarningLevel.Blue)]
    [InlineData(59.1, null)]
    [InlineData(60, null)]
    public void On_the_last_day_of_the_year_the_pace_is_the_requirement(double hours, WarningLevel? level) =>
        Assert.Equal(level, _rule.Evaluate([Officer(hours)], Local("2026-12-31 23:00")).SingleOrDefault()?.Level);

    [Fact]
    public void Last_years_hours_count_as_none() =>
        Assert.Equal(WarningLevel.Red, Assert.Single(_rule.Evaluate([Officer(80, year: 2025)], Local("2026-11-15 10:00"))).Level);
}
