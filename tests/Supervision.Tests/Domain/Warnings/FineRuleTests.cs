using Supervision.Domain.Matters;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class FineBenchmarkRuleTests
{
    private static readonly DateTime Now = Local("2026-06-30 10:00");
    private static readonly BenchmarkFact General = new(45, DiscretionLevel.General, 1000, 5000, StatutoryMinFine: 500);
    private readonly FineBenchmarkRule _rule = new(new FineBenchmarkOptions());

    private static FineFact Fine(long fine, FourList? list = null, DateTime? decidedAt = null, DiscretionLevel level = DiscretionLevel.General) =>
        new(21, "济市监罚〔2026〕21号", 2, 3, 45, level, list, fine, decidedAt ?? Local("2026-06-20 10:00"));

    private WarningLevel? LevelFor(FineFact fine) => _rule.Evaluate(new([fine], [General]), Now).SingleOrDefault()?.Level;

    [Theory]
    [InlineData(1000, null)]
    [InlineData(5000, null)]
    [InlineData(5001, WarningLevel.Yellow)]
    [InlineData(999, WarningLevel.Yellow)]
    [InlineData(6000, WarningLevel.Orange)]   // 20% over the maximum
    [InlineData(7500, WarningLevel.Red)]      // 50% over
    [InlineData(500, WarningLevel.Red)]       // 50% under the minimum
    public void Outside_the_benchmark_escalates_with_the_distance(long fine, WarningLevel? level) =>
        Assert.Equal(level, LevelFor(Fine(fine)));

    [Fact]
    public void The_four_list_item_narrows_the_range()
    {
        // Lighter: the lower half, 1000–3000; heavier: the upper half, 3000–5000; reduced: below the statutory 500.
        Assert.Equal(WarningLevel.Orange, LevelFor(Fine(4000, FourList.Lighter)));
        Assert.Null(LevelFor(Fine(4000, FourList.Heavier)));
        Assert.Equal(WarningLevel.Orange, LevelFor(Fine(2000, FourList.Heavier))); // a third under 3000
        Assert.Null(LevelFor(Fine(300, FourList.Reduced)));
        Assert.Equal(WarningLevel.Red, LevelFor(Fine(100, FourList.NoPenalty)));
        Assert.Equal("fine-benchmark:case:21", _rule.Evaluate(new([Fine(100, FourList.NoPenalty)], [General]), Now).Single().SubjectKey);
    }

    [Fact]
    public void Without_a_benchmark_or_outside_the_lookback_it_is_not_judged()
    {
        Assert.Null(LevelFor(Fine(90000, level: DiscretionLevel.Severe)));
        Assert.Null(LevelFor(Fine(90000, decidedAt: Local("2026-05-31 23:59"))));
        Assert.NotNull(LevelFor(Fine(90000, decidedAt: Local("2026-06-01 00:00"))));
    }

    [Theory]
    [InlineData("2026-05-31 23:59", false)]
    [InlineData("2026-06-01 00:00", true)]
    public void A_decision_reported_late_is_judged_while_its_receipt_is_in_the_lookback(string received, bool judged) =>
        Assert.Equal(judged, LevelFor(Fine(90000, decidedAt: Local("2026-01-10 10:00")) with { DecisionReceivedAt = Local(received) }) is not null);
}

public class FinePeerRuleTests
{
    private static readonly DateTime Now = Local("2026-06-30 10:00");
    private readonly FinePeerRule _rule = new(new FinePeerOptions());

    private static FineFact Fine(int caseId, long fine, DateTime? decidedAt = null, FourList? list = null) =>
        new(caseId, $"案{caseId}", 2, 3, 45, DiscretionLevel.General, list, fine, decidedAt ?? Local("2026-03-01 10:00"));

    private static List<FineFact> Peers(int n, FourList? list = null) => [.. Enumerable.Range(100, n).Select(i => Fine(i, 1000, list: list))];

    private WarningFinding? Judge(long fine, List<FineFact> peers) =>
        _rule.Evaluate(new([.. peers, Fine(21, fine, Local("2026-06-20 10:00"))], []), Now).SingleOrDefault(f => f.SubjectKey == "fine-peer:case:21");

    [Theory]
    [InlineData(2000, null)]
    [InlineData(2999, null)]
    [InlineData(3000, WarningLevel.Blue)]
    [InlineData(5000, WarningLevel.Yellow)]
    [InlineData(10000, WarningLevel.Orange)]
    [InlineData(20000, WarningLevel.Red)]
    [InlineData(100, WarningLevel.Orange)]    // a tenth of the median
    [InlineData(0, WarningLevel.Red)]
    public void Far_from_the_peers_median_escalates(long fine, WarningLevel? level) =>
        Assert.Equal(level, Judge(fine, Peers(5))?.Level);

    [Fact]
    public void Four_peers_say_nothing_five_do()
    {
        Assert.Null(Judge(20000, Peers(4)));
        Assert.NotNull(Judge(20000, Peers(5)));
    }

    [Fact]
    public void Peers_differ_by_four_list_and_no_penalty_decisions_are_not_judged()
    {
        Assert.Null(Judge(20000, Peers(5, FourList.Lighter)));
        Assert.Empty(_rule.Evaluate(new([.. Peers(5, FourList.NoPenalty), Fine(21, 0, Local("2026-06-20 10:00"), FourList.NoPenalty)], []), Now));
    }

    [Fact]
    public void Only_peers_in_the_window_count()
    {
        // 365 days ending 2026-06-30: from 2025-07-01.
        var old = Enumerable.Range(200, 5).Select(i => Fine(i, 1000, Local("2025-06-30 23:59"))).ToList();
        Assert.Null(Judge(20000, old));
        var inWindow = Enumerable.Range(200, 5).Select(i => Fine(i, 1000, Local("2025-07-01 00:00"))).ToList();
        Assert.NotNull(Judge(20000, inWindow));
    }
}
