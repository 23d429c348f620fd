using Supervision.Domain.Agencies;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

internal static class Inspections
{
    public static InspectionFact Of(int id, DateTime startedAt, int party = 7, int agency = 1, Sector sector = Sector.MarketRegulation,
        InspectionKind kind = InspectionKind.Routine, string? joint = null, DateTime? preFiledAt = null) =>
        new(id, agency, sector, party, kind, startedAt, preFiledAt ?? startedAt.AddDays(-1), StreetId: 3, joint);

    public static InspectionSnapshot Snapshot(IEnumerable<InspectionFact> inspections, CreditGrade? grade = CreditGrade.B, int party = 7) =>
        new([.. inspections], [new PartyFact(party, grade, 3)]);
}

public class InspectionFrequencyRuleTests
{
    private static readonly DateTime Now = Local("2026-11-30 10:00");
    private readonly InspectionFrequencyRule _rule = new(new InspectionFrequencyOptions());

    private static IEnumerable<InspectionFact> Routine(int n) =>
        Enumerable.Range(1, n).Select(i => Inspections.Of(i, Local("2026-02-01 10:00").AddDays(i * 7), agency: i));

    [Theory]
    [InlineData(CreditGrade.A, 2)]
    [InlineData(CreditGrade.B, 3)]
    [InlineData(CreditGrade.C, 5)]
    [InlineData(CreditGrade.D, 8)]
    public void Each_grade_may_have_its_yearly_number_and_one_more_is_blue(CreditGrade grade, int max)
    {
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot(Routine(max), grade), Now));
        var finding = Assert.Single(_rule.Evaluate(Inspections.Snapshot(Routine(max + 1), grade), Now));
        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Equal("inspection-frequency:party:7:year:2026", finding.SubjectKey);
    }

    [Fact]
    public void An_ungraded_enterprise_is_held_to_grade_B()
    {
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot(Routine(3), grade: null), Now));
        Assert.Single(_rule.Evaluate(Inspections.Snapshot(Routine(4), grade: null), Now));
    }

    [Theory]
    [InlineData(4, WarningLevel.Blue)]
    [InlineData(5, WarningLevel.Yellow)]
    [InlineData(6, WarningLevel.Orange)]
    [InlineData(8, WarningLevel.Red)]
    public void Escalates_with_the_inspections_over_the_limit(int n, WarningLevel level) =>
        Assert.Equal(level, Assert.Single(_rule.Evaluate(Inspections.Snapshot(Routine(n), CreditGrade.B), Now)).Level);

    [Fact]
    public void Complaint_triggered_inspections_do_not_count_and_a_joint_one_counts_once()
    {
        List<InspectionFact> inspections =
        [
            .. Routine(2),
            Inspections.Of(20, Local("2026-06-01 10:00"), kind: InspectionKind.ComplaintTriggered),
            Inspections.Of(21, Local("2026-07-01 10:00"), agency: 5, kind: InspectionKind.Joint, joint: "J-1"),
            Inspections.Of(22, Local("2026-07-01 10:00"), agency: 6, kind: InspectionKind.Joint, joint: "J-1"),
            Inspections.Of(23, Local("2026-07-01 10:00"), agency: 7, kind: InspectionKind.Joint, joint: "J-1"),
        ];
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot(inspections, CreditGrade.B), Now));
    }

    [Theory]
    [InlineData(InspectionKind.ComplaintTriggered)]
    [InlineData(InspectionKind.HigherLevelAssignment)]
    [InlineData(InspectionKind.Referral)]
    [InlineData(InspectionKind.KeySectorCampaign)]
    public void Inspections_prompted_from_outside_the_plan_do_not_count(InspectionKind kind)
    {
        // Grade B allows 3: three routine ones and any number prompted from outside stay within it; a fourth routine one does not.
        var prompted = Enumerable.Range(20, 4).Select(i => Inspections.Of(i, Local("2026-09-01 10:00").AddDays(i), agency: i, kind: kind));
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot([.. Routine(3), .. prompted], CreditGrade.B), Now));
        Assert.Single(_rule.Evaluate(Inspections.Snapshot(Routine(4), CreditGrade.B), Now));
    }

    [Fact]
    public void The_year_starts_at_midnight_in_Shanghai()
    {
        var three = Routine(3).ToList();
        // 2026-01-01 00:00 in Shanghai is 2025-12-31 16:00 UTC.
        Assert.Single(_rule.Evaluate(Inspections.Snapshot([.. three, Inspections.Of(9, new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc))]), Now));
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot([.. three, Inspections.Of(9, new DateTime(2025, 12, 31, 15, 59, 59, DateTimeKind.Utc))]), Now));
    }
}

public class MultiAgencyInspectionRuleTests
{
    // 7 days ending 2026-06-30: from 2026-06-24.
    private static readonly DateTime Now = Local("2026-06-30 10:00");
    private readonly MultiAgencyInspectionRule _rule = new(new MultiAgencyInspectionOptions());

    private static IEnumerable<InspectionFact> ByAgencies(int n) =>
        Enumerable.Range(1, n).Select(i => Inspections.Of(i, Local("2026-06-26 10:00"), agency: i));

    [Fact]
    public void Two_agencies_are_fine_three_are_blue()
    {
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot(ByAgencies(2)), Now));
        var finding = Assert.Single(_rule.Evaluate(Inspections.Snapshot(ByAgencies(3)), Now));
        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Equal("multi-agency-inspection:party:7", finding.SubjectKey);
    }

    [Theory]
    [InlineData(4, WarningLevel.Yellow)]
    [InlineData(5, WarningLevel.Orange)]
    [InlineData(6, WarningLevel.Red)]
    public void More_agencies_escalate(int n, WarningLevel level) =>
        Assert.Equal(level, Assert.Single(_rule.Evaluate(Inspections.Snapshot(ByAgencies(n)), Now)).Level);

    [Fact]
    public void The_same_agency_twice_joint_and_complaint_inspections_do_not_add_agencies()
    {
        List<InspectionFact> inspections =
        [
            .. ByAgencies(2),
            Inspections.Of(10, Local("2026-06-27 10:00"), agency: 1),
            Inspections.Of(11, Local("2026-06-27 10:00"), agency: 8, kind: InspectionKind.Joint, joint: "J"),
            Inspections.Of(12, Local("2026-06-27 10:00"), agency: 9, kind: InspectionKind.ComplaintTriggered),
        ];
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot(inspections), Now));
    }

    [Theory]
    [InlineData(InspectionKind.HigherLevelAssignment)]
    [InlineData(InspectionKind.Referral)]
    [InlineData(InspectionKind.KeySectorCampaign)]
    public void Assigned_referred_and_campaign_inspections_do_not_add_agencies(InspectionKind kind)
    {
        var prompted = Enumerable.Range(10, 4).Select(i => Inspections.Of(i, Local("2026-06-27 10:00"), agency: i, kind: kind));
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot([.. ByAgencies(2), .. prompted]), Now));
    }

    [Fact]
    public void The_window_is_its_first_day_to_today()
    {
        var two = ByAgencies(2).ToList();
        Assert.Single(_rule.Evaluate(Inspections.Snapshot([.. two, Inspections.Of(9, Local("2026-06-24 00:00"), agency: 9)]), Now));
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot([.. two, Inspections.Of(9, Local("2026-06-23 23:59"), agency: 9)]), Now));
        Assert.Single(_rule.Evaluate(Inspections.Snapshot([.. two, Inspections.Of(9, Local("2026-06-30 09:00"), agency: 9)]), Now));
    }
}

public class RepeatAfterJointRuleTests
{
    private static readonly DateTime Now = Local("2026-11-30 10:00");
    private readonly RepeatAfterJointRule _rule = new(new RepeatAfterJointOptions());

    private static readonly InspectionFact Joint =
        Inspections.Of(1, Local("2026-04-01 09:00"), agency: 1, sector: Sector.MarketRegulation, kind: InspectionKind.Joint, joint: "J-1");

    private static readonly InspectionFact JointEcology =
        Inspections.Of(2, Local("2026-04-01 09:00"), agency: 2, sector: Sector.Ecology, kind: InspectionKind.Joint, joint: "J-1");

    [Fact]
    public void A_separate_same_kind_inspection_after_a_joint_one_is_yellow()
    {
        var repeat = Inspections.Of(10, Local("2026-06-01 09:00"), agency: 3, sector: Sector.MarketRegulation);
        var finding = Assert.Single(_rule.Evaluate(Inspections.Snapshot([Joint, JointEcology, repeat]), Now));
        Assert.Equal(WarningLevel.Yellow, finding.Level);
        Assert.Equal($"repeat-after-joint:party:7:sector:{(int)Sector.MarketRegulation}:year:2026", finding.SubjectKey);
        Assert.Equal([1, 10], finding.Records.Single(r => r.Kind == RecordKind.Inspection).Ids);
    }

    [Theory]
    [InlineData(InspectionKind.ComplaintTriggered)]
    [InlineData(InspectionKind.HigherLevelAssignment)]
    [InlineData(InspectionKind.Referral)]
    [InlineData(InspectionKind.KeySectorCampaign)]
    public void The_plans_exceptions_after_a_joint_inspection_are_not_repeats_while_a_routine_one_is(InspectionKind kind)
    {
        var excepted = Inspections.Of(10, Local("2026-06-01 09:00"), agency: 3, sector: Sector.MarketRegulation, kind: kind);
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot([Joint, excepted]), Now));
        var routine = Inspections.Of(11, Local("2026-06-02 09:00"), agency: 3, sector: Sector.MarketRegulation);
        var finding = Assert.Single(_rule.Evaluate(Inspections.Snapshot([Joint, excepted, routine]), Now));
        Assert.Equal(1, finding.Severity);
        Assert.Equal([1, 11], finding.Records.Single(r => r.Kind == RecordKind.Inspection).Ids);
    }

    [Fact]
    public void Every_kind_is_decided_and_only_routine_and_double_random_are_repeats() =>
        Assert.Equal([InspectionKind.Routine, InspectionKind.DoubleRandom], Enum.GetValues<InspectionKind>().Where(RepeatAfterJointRule.IsRepeat));

    [Fact]
    public void A_second_and_third_repeat_escalate()
    {
        var repeats = Enumerable.Range(10, 3).Select(i => Inspections.Of(i, Local("2026-06-01 09:00").AddDays(i), sector: Sector.MarketRegulation)).ToList();
        Assert.Equal(WarningLevel.Orange, _rule.Evaluate(Inspections.Snapshot([Joint, .. repeats.Take(2)]), Now).Single().Level);
        Assert.Equal(WarningLevel.Red, _rule.Evaluate(Inspections.Snapshot([Joint, .. repeats]), Now).Single().Level);
    }

    [Fact]
    public void Another_kind_a_complaint_an_earlier_inspection_or_last_years_joint_one_is_fine()
    {
        List<InspectionFact> inspections =
        [
            Joint,
            Inspections.Of(10, Local("2026-06-01 09:00"), sector: Sector.Transport),
            Inspections.Of(11, Local("2026-06-01 09:00"), sector: Sector.MarketRegulation, kind: InspectionKind.ComplaintTriggered),
            Inspections.Of(12, Local("2026-03-01 09:00"), sector: Sector.MarketRegulation),
        ];
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot(inspections), Now));
        var lastYear = Joint with { StartedAt = Local("2025-12-31 23:59") };
        Assert.Empty(_rule.Evaluate(Inspections.Snapshot([lastYear, Inspections.Of(13, Local("2026-01-01 00:00"))]), Now));
        var thisYear = Joint with { StartedAt = Local("2026-01-01 00:00") };
        Assert.Single(_rule.Evaluate(Inspections.Snapshot([thisYear, Inspections.Of(13, Local("2026-01-01 00:01"))]), Now));
    }
}

public class PreFilingRuleTests
{
    // Lookback of 30 days ending 2026-06-30: from 2026-06-01.
    private static readonly DateTime Now = Local("2026-06-30 10:00");
    private readonly PreFilingRule _rule = new(new PreFilingOptions());

    private static InspectionFact Started(DateTime startedAt, DateTime? preFiledAt) =>
        new(5, 1, Sector.MarketRegulation, 7, InspectionKind.Routine, startedAt, preFiledAt, 3);

    [Fact]
    public void Filed_before_or_at_the_start_is_fine()
    {
        var start = Local("2026-06-10 09:00");
        Assert.Empty(_rule.Evaluate([Started(start, start.AddHours(-1)), Started(start, start) with { Id = 6 }], Now));
    }

    [Fact]
    public void Filed_after_the_start_is_blue_not_filed_is_yellow_under_one_key()
    {
        var start = Local("2026-06-10 09:00");
        var late = Assert.Single(_rule.Evaluate([Started(start, start.AddMinutes(1))], Now));
        Assert.Equal(WarningLevel.Blue, late.Level);
        var missing = Assert.Single(_rule.Evaluate([Started(start, null)], Now));
        Assert.Equal(WarningLevel.Yellow, missing.Level);
        Assert.Equal("inspection-not-prefiled:inspection:5", late.SubjectKey);
        Assert.Equal(late.SubjectKey, missing.SubjectKey);
    }

    [Fact]
    public void Only_inspections_within_the_lookback_are_judged()
    {
        Assert.Single(_rule.Evaluate([Started(Local("2026-06-01 00:00"), null)], Now));
        Assert.Empty(_rule.Evaluate([Started(Local("2026-05-31 23:59"), null)], Now));
    }
}
