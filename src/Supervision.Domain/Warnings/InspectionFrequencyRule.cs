using Supervision.Domain.Inspections;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 超频次检查: an enterprise inspected more often this year than its credit grade allows. The grade sets the frequency
/// (《济南市推进行政执法精准化规定》 第十一条; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第7项: 诚信守法的降低频次, 失信违法的提高). Inspections prompted from
/// outside the agency's plan (投诉举报、上级交办、其他机关移送、重点领域治理部署) do not count (<see cref="InspectionFrequency.Counts"/>,
/// 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项); the agencies of one joint inspection (综合查一次) count once, as that is its point.
/// </summary>
public sealed class InspectionFrequencyRule(InspectionFrequencyOptions options) : IWarningRule<InspectionSnapshot>
{
    public const string RuleCode = "inspection-frequency";

    /// <summary>All of one enterprise's warnings, whatever the year: what an incoming inspection of it can change.</summary>
    public static string PartyKey(int partyId) => $"{RuleCode}:party:{partyId}";

    public static string SubjectKey(int partyId, int year) => $"{PartyKey(partyId)}:year:{year}";

    public string Code => RuleCode;
    public string Name => "检查频次超过信用等级上限";
    public string Source => "《济南市推进行政执法精准化规定》 第十一条;《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第7项";

    public IEnumerable<WarningFinding> Evaluate(InspectionSnapshot snapshot, DateTime nowUtc)
    {
        var year = DayWindow.YearToDate(nowUtc);
        var grades = snapshot.Parties.ToDictionary(p => p.Id, p => p.CreditGrade);
        var byParty = snapshot.Inspections
            .Where(i => year.Contains(i.StartedAt) && InspectionFrequency.Counts(i.Kind))
            .DistinctBy(i => i.Id)
            .GroupBy(i => i.PartyId)
            .OrderBy(g => g.Key);
        foreach (var g in byParty)
        {
            var visits = g.GroupBy(i => i.Kind == InspectionKind.Joint && i.JointReference is { } r ? "joint:" + r : "single:" + i.Id).Count();
            var grade = grades.GetValueOrDefault(g.Key) ?? options.UngradedAs;
            var max = options.Frequency.MaxPerYear(grade);
            var excess = visits - max;
            if (excess <= 0 || options.Levels.LevelFor(excess) is not { } level) continue;
            var latest = g.MaxBy(i => (i.StartedAt, i.Id))!;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key, year.First.Year),
                level,
                excess,
                $"{Named.Party(g.Key)}{year.First.Year}年受检{visits}次，超出信用等级上限{excess}次",
                $"{Named.PartyWithCode(g.Key)}{(grades.GetValueOrDefault(g.Key) is null ? $"未评定信用等级（按{grade}级计）" : $"信用等级为{grade}级")}，"
                    + $"{year.First.Year}年已接受计入频次的检查{visits}次，年度上限{max}次，超出{excess}次。",
                latest.AgencyId,
                latest.StreetId,
                [RecordRef.Of(RecordKind.Inspection, g.Select(i => i.Id)), RecordRef.One(RecordKind.Party, g.Key)],
                nowUtc);
        }
    }
}
