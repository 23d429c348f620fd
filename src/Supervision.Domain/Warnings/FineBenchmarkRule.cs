using Supervision.Domain.Calendar;
using Supervision.Domain.Matters;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 罚款超出裁量基准: the fine lies outside the range the matter's benchmark gives for the circumstance level, narrowed
/// by the four-list item applied (<see cref="FineRange.For"/>). Agencies apply the benchmark and may not go beyond
/// its steps or range (《济南市推进行政执法精准化规定》 第五条; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第10项). A fine whose matter and level have no benchmark is not judged.
/// Escalates with how far outside, in percent of the nearest bound.
/// </summary>
public sealed class FineBenchmarkRule(FineBenchmarkOptions options) : IWarningRule<FineSnapshot>
{
    public const string RuleCode = "fine-benchmark";

    public static string SubjectKey(int caseId) => $"{RuleCode}:case:{caseId}";

    public string Code => RuleCode;
    public string Name => "罚款超出行政裁量权基准";
    public string Source => "《济南市推进行政执法精准化规定》 第五条；《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第10项";
    public SeverityUnit Unit => SeverityUnit.Percent;

    public IEnumerable<WarningFinding> Evaluate(FineSnapshot snapshot, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.LookbackDays);
        var benchmarks = snapshot.Benchmarks.DistinctBy(b => (b.MatterId, b.Level)).ToDictionary(b => (b.MatterId, b.Level));
        foreach (var f in snapshot.Fines.Where(f => f.DecidedOrReceivedIn(window)).DistinctBy(f => f.CaseId).OrderBy(f => f.CaseId))
        {
            if (!benchmarks.TryGetValue((f.MatterId, f.Level), out var b)) continue;
            var range = FineRange.For(new DiscretionBenchmark { MatterId = b.MatterId, Level = b.Level, MinFine = b.MinFine, MaxFine = b.MaxFine },
                f.List, b.StatutoryMinFine);
            if (range.Contains(f.Fine)) continue;
            var percent = PercentOutside(f.Fine, range);
            if (options.Levels.LevelFor(percent) is not { } level) continue;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(f.CaseId),
                level,
                percent,
                $"案件{f.CaseNumber}罚款{(f.Fine > range.Max ? "高于" : "低于")}裁量基准{percent:0.#}%",
                $"{ChineseDates.Day(f.DecidedAt)}决定的案件{f.CaseNumber}对{Named.PartyWithCode(f.PartyId)}罚款{Amounts.Yuan(f.Fine)}，"
                    + $"按“{Named.Matter(f.MatterId)}”裁量阶次“{LevelName(f.Level)}”{ListName(f.List)}应在{Amounts.Yuan(range.Min)}至{Amounts.Yuan(range.Max)}之间，"
                    + $"{(f.Fine > range.Max ? "高于上限" : "低于下限")}{percent:0.#}%。",
                f.AgencyId,
                f.StreetId,
                [RecordRef.One(RecordKind.Case, f.CaseId)],
                nowUtc);
        }
    }

    /// <summary>How far outside, in percent of the bound it crossed; past a zero upper bound every yuan is 100%.</summary>
    private static double PercentOutside(long fine, FineRange range) =>
        fine > range.Max
            ? range.Max == 0 ? 100 : 100.0 * (fine - range.Max) / range.Max
            : 100.0 * (range.Min - fine) / range.Min;

    internal static string LevelName(DiscretionLevel level) => level switch
    {
        DiscretionLevel.Minor => "轻微",
        DiscretionLevel.General => "一般",
        DiscretionLevel.Serious => "较重",
        DiscretionLevel.Severe => "严重",
        _ => level.ToString(),
    };

    internal static string ListName(FourList? list) => list switch
    {
        null => "",
        FourList.NoPenalty => "、适用不予处罚清单",
        FourList.Reduced => "、适用减轻处罚清单",
        FourList.Lighter => "、适用从轻处罚清单",
        FourList.Heavier => "、适用从重处罚清单",
        _ => "",
    };
}
