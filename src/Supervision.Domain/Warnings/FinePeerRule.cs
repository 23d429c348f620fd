using Supervision.Domain.Calendar;
using Supervision.Domain.Matters;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 罚款与同类案件差异过大: like violations get like penalties (威海市《关于改进和加强行政执法工作的意见》 三(一)2: 对事实、性质、情节、社会危害程度等因素相同或者
/// 相似的违法行为，所适用的处罚种类和幅度应基本相同). Peers are fines for the same matter, circumstance level and four-list
/// item decided within the peer window, the case itself excluded; severity is how many times the fine is above or
/// below their median. No-penalty decisions are all zero and have nothing to compare.
/// </summary>
public sealed class FinePeerRule(FinePeerOptions options) : IWarningRule<FineSnapshot>
{
    public const string RuleCode = "fine-peer";

    public static string SubjectKey(int caseId) => $"{RuleCode}:case:{caseId}";

    public string Code => RuleCode;
    public string Name => "罚款与同类案件差异过大";
    public string Source => "威海市《关于改进和加强行政执法工作的意见》 三(一)2；《济南市推进行政执法精准化规定》 第五条";
    public SeverityUnit Unit => SeverityUnit.Multiple;

    public IEnumerable<WarningFinding> Evaluate(FineSnapshot snapshot, DateTime nowUtc)
    {
        var peerWindow = DayWindow.Ending(nowUtc, options.PeerWindowDays);
        var recent = DayWindow.Ending(nowUtc, options.LookbackDays);
        var groups = snapshot.Fines
            .Where(f => f.List != FourList.NoPenalty && f.DecidedOrReceivedIn(peerWindow))
            .DistinctBy(f => f.CaseId)
            .GroupBy(f => (f.MatterId, f.Level, f.List))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var f in groups.Values.SelectMany(g => g).Where(f => f.DecidedOrReceivedIn(recent)).OrderBy(f => f.CaseId))
        {
            var peers = groups[(f.MatterId, f.Level, f.List)].Where(p => p.CaseId != f.CaseId).Select(p => p.Fine).ToList();
            if (peers.Count < options.MinPeers) continue;
            var median = Median(peers);
            var fold = Fold(f.Fine, median);
            if (options.Levels.LevelFor(fold) is not { } level) continue;
            var direction = f.Fine > median ? "高于" : "低于";
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(f.CaseId),
                level,
                fold,
                double.IsPositiveInfinity(fold) ? $"案件{f.CaseNumber}罚款明显{direction}同类案件" : $"案件{f.CaseNumber}罚款与同类案件相差{fold:0.#}倍",
                $"{ChineseDates.Day(f.DecidedAt)}决定的案件{f.CaseNumber}对{Named.PartyWithCode(f.PartyId)}罚款{Amounts.Yuan(f.Fine)}，"
                    + $"近{options.PeerWindowDays}天“{Named.Matter(f.MatterId)}”同裁量阶次“{FineBenchmarkRule.LevelName(f.Level)}”"
                    + $"{FineBenchmarkRule.ListName(f.List)}的{peers.Count}件案件罚款中位数为{Amounts.Yuan(median)}，"
                    + (double.IsPositiveInfinity(fold) ? $"明显{direction}同类案件。" : $"{direction}中位数，相差{fold:0.#}倍。"),
                f.AgencyId,
                f.StreetId,
                [RecordRef.One(RecordKind.Case, f.CaseId)],
                nowUtc);
        }
    }

    private static double Median(List<long> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    /// <summary>The larger over the smaller: 3 means three times above or a third of the median. Zero against a positive is infinite.</summary>
    private static double Fold(long fine, double median)
    {
        double hi = Math.Max(fine, median), lo = Math.Min(fine, median);
        return hi == 0 ? 1 : lo == 0 ? double.PositiveInfinity : hi / lo;
    }
}
