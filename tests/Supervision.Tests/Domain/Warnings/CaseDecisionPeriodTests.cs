using Supervision.Domain.Cases;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

/// <summary>
/// An approved extension and suspensions move the decision limit exactly (行政处罚法第六十条; 《市场监督管理行政处罚程序规定》第六十四条).
/// Filed Tuesday 2026-03-03: day 90 is Monday 1 June, a working day.
/// </summary>
public class CaseDecisionPeriodTests
{
    private static readonly DateTime Filed = Local("2026-03-03 10:00");
    private readonly CaseTimeLimitRule _rule = new(new CaseTimeLimitOptions(), Calendar);

    private static CaseProgressFact Case(DateTime? decidedAt = null, DateOnly? extendedUntil = null, params Suspension[] suspensions) =>
        Received(decidedAt, extendedUntil is { } until ? [new Extension(until)] : [], suspensions);

    /// <summary>A case whose extensions and suspensions carry the day the center received them.</summary>
    private static CaseProgressFact Received(DateTime? decidedAt, Extension[] extensions, params Suspension[] suspensions) =>
        new(21, "济市监罚〔2026〕21号", 2, 3, Filed, decidedAt, decidedAt?.AddDays(1), null, extensions, suspensions);

    private WarningFinding? Decision(CaseProgressFact c, DateTime now) =>
        _rule.Evaluate([c], now).SingleOrDefault(f => f.SubjectKey == CaseTimeLimitRule.SubjectKey(21, "decided"));

    [Theory]
    [InlineData("2026-06-14", false)]
    [InlineData("2026-06-15", false)]
    [InlineData("2026-06-16", true)]
    public void An_approved_extension_moves_the_deadline_to_its_day(string decided, bool late)
    {
        var c = Case(Local($"{decided} 10:00"), Day("2026-06-15"));
        var finding = Decision(c, Local("2026-06-20 10:00"));
        Assert.Equal(late, finding is not null);
        if (finding is null) return;
        Assert.Equal(1, finding.Severity);
        Assert.Contains("（2026年3月3日立案，已批准延期至2026年6月15日）应于2026年6月15日前作出处罚决定", finding.Detail);
        // Without the extension the same decision is 15 days late.
        Assert.Equal(15, Decision(Case(Local($"{decided} 10:00")), Local("2026-06-20 10:00"))!.Severity);
    }

    [Theory]
    [InlineData("2026-06-14", false)]
    [InlineData("2026-06-15", false)]
    [InlineData("2026-06-16", true)]
    public void A_suspension_of_k_days_moves_the_deadline_by_exactly_k(string decided, bool late)
    {
        // 1–14 April, both days included: 14 days, so 1 June + 14 = Monday 15 June.
        var hearing = new Suspension(SuspensionReason.Hearing, Day("2026-04-01"), Day("2026-04-14"));
        Assert.Equal(14, DecisionPeriod.SuspendedDays(hearing, Day("2026-06-20")));
        var c = Case(Local($"{decided} 10:00"), null, hearing);
        Assert.Equal(Day("2026-06-15"), _rule.DecisionDeadline(c, Day(decided)));
        var finding = Decision(c, Local("2026-06-20 10:00"));
        Assert.Equal(late, finding is not null);
        if (finding is not null) Assert.Contains("中止（听证）14天不计入）应于2026年6月15日前", finding.Detail);
    }

    [Fact]
    public void Suspensions_count_on_top_of_an_extension_and_a_one_day_suspension_counts_one_day()
    {
        var c = Case(null, Day("2026-06-15"), new Suspension(SuspensionReason.Announcement, Day("2026-06-10"), Day("2026-06-10")));
        Assert.Equal(Day("2026-06-16"), _rule.DecisionDeadline(c, Day("2026-06-30")));
    }

    [Fact]
    public void An_open_suspension_stops_the_clock_until_it_ends()
    {
        // Suspended from 20 May, before the deadline of 1 June: no warning however long it lasts.
        var open = new Suspension(SuspensionReason.Appraisal, Day("2026-05-20"), null);
        Assert.Null(Decision(Case(null, null, open), Local("2026-08-01 10:00")));
        Assert.Null(Decision(Case(null, null, open), Local("2026-12-01 10:00")));

        // Ended on 1 July: 20 May – 1 July is 43 days, so the deadline is 1 June + 43 = Tuesday 14 July.
        var ended = open with { To = Day("2026-07-01") };
        Assert.Null(Decision(Case(null, null, ended), Local("2026-07-14 23:00")));
        var finding = Decision(Case(null, null, ended), Local("2026-07-15 10:00"));
        Assert.Equal(1, finding!.Severity);
        Assert.Contains("中止（检测检验鉴定）43天不计入", finding.Detail);
    }

    [Fact]
    public void An_open_suspension_begun_after_the_deadline_freezes_the_days_already_over()
    {
        // Over since 2 June; suspended from 5 June: three days over (2, 3, 4 June), and still three two months later.
        var open = new Suspension(SuspensionReason.Other, Day("2026-06-05"), null);
        var early = Decision(Case(null, null, open), Local("2026-08-01 10:00"));
        var later = Decision(Case(null, null, open), Local("2026-08-10 10:00"));
        Assert.Equal(3, early!.Severity);
        Assert.Equal(3, later!.Severity);
        Assert.Contains("中止（其他）自2026年6月5日起尚未结束", later.Detail);
    }

    // What moves the limit counts only as of when the center received it: an extension or suspension first reported
    // after the deadline then in force had passed is kept on the case but does not move it (the pre-filing principle).

    [Theory]
    [InlineData("2026-06-01", false)]
    [InlineData("2026-06-02", true)]
    public void An_extension_counts_only_when_received_by_the_deadline_it_moves(string received, bool late)
    {
        var c = Received(null, [new Extension(Day("2026-06-30"), Day(received))]);
        var finding = Decision(c, Local("2026-06-20 10:00"));
        Assert.Equal(late, finding is not null);
        if (finding is null) return;
        Assert.Equal(19, finding.Severity);
        Assert.Contains($"延期（至2026年6月30日）于{Chinese(received)}期限届满后才报送，未予计入）应于2026年6月1日前作出处罚决定", finding.Detail);
    }

    [Fact]
    public void A_further_extension_received_while_the_first_still_runs_counts()
    {
        var first = new Extension(Day("2026-06-30"), Day("2026-05-25"));
        Assert.Null(Decision(Received(null, [first, new Extension(Day("2026-07-31"), Day("2026-06-29"))]), Local("2026-07-20 10:00")));
        // Sent the day after the first one ran out: only the first counts, the case is 20 days over on 20 July.
        var late = Decision(Received(null, [first, new Extension(Day("2026-07-31"), Day("2026-07-01"))]), Local("2026-07-20 10:00"));
        Assert.Equal(20, late!.Severity);
        Assert.Contains("已批准延期至2026年6月30日", late.Detail);
    }

    [Theory]
    [InlineData("2026-06-01", 5, false)]
    [InlineData("2026-06-02", 19, true)]
    public void A_suspension_counts_only_when_received_by_the_deadline_it_moves(string received, int daysOver, bool notCounted)
    {
        // Counted, the 14 days move 1 June to 15 June: five days over on 20 June; not counted, nineteen.
        var hearing = new Suspension(SuspensionReason.Hearing, Day("2026-04-01"), Day("2026-04-14"), Day(received));
        var finding = Decision(Received(null, [], hearing), Local("2026-06-20 10:00"));
        Assert.Equal(daysOver, finding!.Severity);
        Assert.Equal(notCounted, finding.Detail.Contains($"中止（听证，自2026年4月1日起）于{Chinese(received)}期限届满后才报送，未予计入"));
        Assert.Equal(!notCounted, finding.Detail.Contains("中止（听证）14天不计入"));
    }

    [Fact]
    public void A_second_suspension_received_within_the_limit_the_first_moved_counts()
    {
        // The first (14 days) moves the deadline to 15 June; the second, received on 10 June, is in time and adds 5 days.
        var first = new Suspension(SuspensionReason.Hearing, Day("2026-04-01"), Day("2026-04-14"), Day("2026-04-15"));
        var second = new Suspension(SuspensionReason.Announcement, Day("2026-06-05"), Day("2026-06-09"), Day("2026-06-10"));
        Assert.Equal(Day("2026-06-22"), _rule.DecisionDeadline(Received(null, [], first, second), Day("2026-06-30")));
        // Received on 16 June instead, after 15 June had passed: it does not count.
        var lateSecond = second with { ReceivedOn = Day("2026-06-16") };
        Assert.Equal(Day("2026-06-15"), _rule.DecisionDeadline(Received(null, [], first, lateSecond), Day("2026-06-30")));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("2026-11-20", true)]
    public void A_late_decision_reported_months_later_is_judged_while_its_receipt_is_recent(string? received, bool judged)
    {
        // Decided 10 June, 9 days over; the lookback (30 days) from 1 December holds its receipt, not its day.
        var c = Case(Local("2026-06-10 10:00")) with { DecisionReceivedAt = received is null ? null : Local($"{received} 09:00") };
        var finding = Decision(c, Local("2026-12-01 10:00"));
        Assert.Equal(judged, finding is not null);
        if (finding is not null) Assert.Equal(9, finding.Severity);
    }

    private static string Chinese(string day) => $"{Day(day).Year}年{Day(day).Month}月{Day(day).Day}日";
}
