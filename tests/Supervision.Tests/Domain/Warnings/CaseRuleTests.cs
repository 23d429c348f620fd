using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.DrillDown;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class CaseTimeLimitRuleTests
{
    private readonly CaseTimeLimitRule _rule = new(new CaseTimeLimitOptions(), Calendar);

    private static CaseProgressFact Filed(DateTime filedAt, DateTime? decidedAt = null, DateTime? servedAt = null, DateTime? closedAt = null) =>
        new(21, "济市监罚〔2026〕21号", AgencyId: 2, StreetId: 3, filedAt, decidedAt, servedAt, closedAt);

    [Fact]
    public void Ninety_days_ending_on_a_holiday_run_to_the_next_working_day()
    {
        // Filed Monday 2026-01-05; day 90 is Sunday 2026-04-05, inside Qingming (4–6 April): the deadline is Tuesday 7 April.
        var filed = Local("2026-01-05 10:00");
        Assert.Equal(Day("2026-04-07"), _rule.DecisionDeadline(filed));
        Assert.Empty(_rule.Evaluate([Filed(filed)], Local("2026-04-07 23:59")));
        var finding = Assert.Single(_rule.Evaluate([Filed(filed)], Local("2026-04-08 00:00")));
        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Equal("case-time-limit:case:21:stage:decided", finding.SubjectKey);
    }

    [Fact]
    public void Service_counts_working_days_with_the_make_up_saturday()
    {
        // Decided Wednesday 2026-09-30; 1–7 October off; Saturday 10 October worked: the seventh working day is 15 October.
        var decided = Local("2026-09-30 16:00");
        Assert.Equal(Day("2026-10-15"), _rule.ServiceDeadline(decided));
        var filed = Local("2026-09-01 10:00");
        Assert.Empty(_rule.Evaluate([Filed(filed, decided, Local("2026-10-15 17:00"))], Local("2026-10-20 10:00")));
        var finding = Assert.Single(_rule.Evaluate([Filed(filed, decided, Local("2026-10-16 09:00"))], Local("2026-10-20 10:00")));
        Assert.Equal("case-time-limit:case:21:stage:served", finding.SubjectKey);
        Assert.Equal(1, finding.Severity);
    }

    [Theory]
    [InlineData("2026-01-05", 90, false)]
    [InlineData("2026-03-03", 90, false)]
    [InlineData("2026-09-30", 7, true)]
    [InlineData("2026-02-13", 7, true)]
    public void Deadlines_agree_with_the_case_timeline(string from, int days, bool workingDays)
    {
        var at = ChinaTime.StartOfDayUtc(Day(from)).AddHours(10);
        var ours = workingDays ? _rule.ServiceDeadline(at) : _rule.DecisionDeadline(at);
        Assert.Equal(CaseTimeline.Deadline(Day(from), days, workingDays, Calendar), ours);
    }

    [Fact]
    public void Filing_a_minute_after_midnight_in_Shanghai_moves_the_deadline()
    {
        // 2026-03-03 + 90 = Monday 1 June; 2026-03-04 + 90 = Tuesday 2 June.
        var now = Local("2026-06-02 12:00");
        Assert.Single(_rule.Evaluate([Filed(Local("2026-03-03 23:59"))], now));
        Assert.Empty(_rule.Evaluate([Filed(Local("2026-03-04 00:00"))], now));
    }

    [Theory]
    [InlineData("2026-04-14 10:00", WarningLevel.Blue)]
    [InlineData("2026-04-15 10:00", WarningLevel.Yellow)]
    [InlineData("2026-04-22 10:00", WarningLevel.Orange)]
    [InlineData("2026-05-07 10:00", WarningLevel.Red)]
    public void An_undecided_case_escalates_day_by_day(string now, WarningLevel level) =>
        Assert.Equal(level, Assert.Single(_rule.Evaluate([Filed(Local("2026-01-05 10:00"))], Local(now))).Level);

    [Fact]
    public void A_late_decision_stays_for_the_lookback_and_a_case_closed_undecided_does_not_run()
    {
        var filed = Local("2026-01-05 10:00");
        var decidedLate = Local("2026-04-10 10:00");
        var served = Local("2026-04-13 10:00");
        Assert.Equal(3, Assert.Single(_rule.Evaluate([Filed(filed, decidedLate, served)], Local("2026-05-09 10:00"))).Severity);
        Assert.Empty(_rule.Evaluate([Filed(filed, decidedLate, served)], Local("2026-05-10 10:00")));
        Assert.Empty(_rule.Evaluate([Filed(filed, closedAt: Local("2026-03-01 10:00"))], Local("2026-05-01 10:00")));
    }
}

public class EvidenceOfficersRuleTests
{
    private static readonly DateTime Now = Local("2026-04-10 10:00");
    private readonly EvidenceOfficersRule _rule = new(new EvidenceOfficersOptions());

    private static readonly OfficerFact Wang = new(1, 2, "王明", Day("2027-12-31"), 2026, 40);
    private static readonly OfficerFact Li = new(2, 2, "李强", Day("2026-03-31"), 2026, 40);
    private static readonly OfficerFact Zhao = new(3, 2, "赵刚", Day("2027-12-31"), 2026, 40);

    private static EvidenceSnapshot Taken(DateTime at, params int[] officers) =>
        new([new EvidenceFact(21, "济市监罚〔2026〕21号", 2, 3, at, officers)], [Wang, Li, Zhao]);

    [Theory]
    [InlineData(null, false)]
    [InlineData("2026-04-01 10:00", true)]
    public void Evidence_reported_long_after_it_was_taken_is_judged_from_its_receipt(string? received, bool judged)
    {
        // Taken by one officer in January, outside the 30-day lookback; reported on 1 April, inside it.
        var taken = Taken(Local("2026-01-05 10:00"), 1);
        var snapshot = taken with { Evidence = [taken.Evidence.First() with { ReceivedAt = received is null ? null : Local(received) }] };
        Assert.Equal(judged, _rule.Evaluate(snapshot, Now).Any());
    }

    [Fact]
    public void Two_officers_with_valid_certificates_are_fine() =>
        Assert.Empty(_rule.Evaluate(Taken(Local("2026-04-01 10:00"), 1, 3), Now));

    [Fact]
    public void One_officer_is_orange_and_a_lapsed_certificate_makes_it_red()
    {
        var alone = Assert.Single(_rule.Evaluate(Taken(Local("2026-04-01 10:00"), 1), Now));
        Assert.Equal(WarningLevel.Orange, alone.Level);
        var lapsed = Assert.Single(_rule.Evaluate(Taken(Local("2026-04-01 10:00"), 2), Now));
        Assert.Equal(WarningLevel.Red, lapsed.Level);
        Assert.Equal(alone.SubjectKey, lapsed.SubjectKey);
        Assert.Equal("evidence-officers:case:21", alone.SubjectKey);
        Assert.Contains($"{Named.Officer(Li.Id)}（执法证号{Named.Certificate(Li.Id)}，有效期至2026年3月31日）", lapsed.Detail);
    }

    [Fact]
    public void A_certificate_is_valid_through_its_expiry_day_in_Shanghai()
    {
        // Li's certificate expires 2026-03-31: valid until 2026-03-31 16:00 UTC (midnight in Shanghai).
        Assert.Empty(_rule.Evaluate(Taken(new DateTime(2026, 3, 31, 15, 59, 59, DateTimeKind.Utc), 1, 2), Now));
        Assert.Equal(WarningLevel.Red, Assert.Single(_rule.Evaluate(Taken(new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc), 1, 2), Now)).Level);
    }

    [Fact]
    public void An_officer_unknown_to_the_register_has_no_certificate()
    {
        var finding = Assert.Single(_rule.Evaluate(Taken(Local("2026-04-01 10:00"), 1, 99), Now));
        Assert.Equal(WarningLevel.Red, finding.Level);
        Assert.Equal([1, 99], finding.Records.Single(r => r.Kind == RecordKind.Officer).Ids);
    }
}
