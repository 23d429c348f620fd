using Supervision.Domain.Calendar;
using Supervision.Domain.Agencies;
using Supervision.Domain.Inspections;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 联合检查后重复检查: after an enterprise has had a joint inspection, the departments involved should not inspect it
/// separately for the same kind again in the same year (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项: 本年度内原则上不再单独进行同类检查). The kind is
/// the sector of the inspecting agency. Only routine and double-random inspections count as repeats: the clause itself
/// excepts those prompted by 投诉举报、上级交办、其他机关移送 and 重点领域治理部署 (<see cref="IsRepeat"/>).
/// </summary>
public sealed class RepeatAfterJointRule(RepeatAfterJointOptions options) : IWarningRule<InspectionSnapshot>
{
    public const string RuleCode = "repeat-after-joint";

    /// <summary>All of one enterprise's warnings, whatever the sector and year: what an incoming inspection of it can change.</summary>
    public static string PartyKey(int partyId) => $"{RuleCode}:party:{partyId}";

    public static string SubjectKey(int partyId, Sector sector, int year) => $"{PartyKey(partyId)}:sector:{(int)sector}:year:{year}";

    public string Code => RuleCode;
    public string Name => "联合检查后同类重复检查";
    public string Source => "《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项";
    public SeverityUnit Unit => SeverityUnit.Times;

    /// <summary>
    /// Whether an inspection of this kind after a joint one is a separate same-kind inspection the plan forbids. Not one
    /// prompted from outside the agency's plan: 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项 excepts
    /// 投诉举报、上级交办、其他机关移送、重点领域治理部署 from 本年度内原则上不再单独进行同类检查. A joint inspection is what the
    /// rule looks back to, never a repeat of itself.
    /// </summary>
    public static bool IsRepeat(InspectionKind kind) =>
        kind is not InspectionKind.Joint && !InspectionTriggers.PromptedFromOutside(kind);

    public IEnumerable<WarningFinding> Evaluate(InspectionSnapshot snapshot, DateTime nowUtc)
    {
        var year = DayWindow.YearToDate(nowUtc);
        var thisYear = snapshot.Inspections.Where(i => year.Contains(i.StartedAt)).DistinctBy(i => i.Id).ToList();
        var joints = thisYear.Where(i => i.Kind == InspectionKind.Joint).ToLookup(j => (j.PartyId, j.Sector));
        var repeats = thisYear
            .Where(i => IsRepeat(i.Kind))
            .Select(i => (Repeat: i, After: joints[(i.PartyId, i.Sector)].Where(j => j.StartedAt < i.StartedAt).ToList()))
            .Where(x => x.After.Count > 0)
            .GroupBy(x => (x.Repeat.PartyId, x.Repeat.Sector))
            .OrderBy(g => g.Key.PartyId).ThenBy(g => (int)g.Key.Sector);
        foreach (var g in repeats)
        {
            var count = g.Count();
            if (options.Levels.LevelFor(count) is not { } level) continue;
            var latest = g.Select(x => x.Repeat).MaxBy(i => (i.StartedAt, i.Id))!;
            var jointIds = g.SelectMany(x => x.After).Select(j => j.Id).Distinct().ToList();
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key.PartyId, g.Key.Sector, year.First.Year),
                level,
                count,
                $"{Named.Party(g.Key.PartyId)}联合检查后又被单独检查{count}次",
                $"{Named.PartyWithCode(g.Key.PartyId)}已于{ChineseDates.Day(g.SelectMany(x => x.After).Min(j => j.StartedAt))}接受联合检查，"
                    + $"{year.First.Year}年内其后又被{Named.Sector(g.Key.Sector)}领域的"
                    + $"{Named.List(NameKind.Agency, g.OrderBy(x => (x.Repeat.StartedAt, x.Repeat.Id)).Select(x => x.Repeat.AgencyId), 6, "个单位")}单独检查{count}次。",
                latest.AgencyId,
                latest.StreetId,
                [RecordRef.Of(RecordKind.Inspection, g.Select(x => x.Repeat.Id).Concat(jointIds)), RecordRef.One(RecordKind.Party, g.Key.PartyId)],
                nowUtc);
        }
    }
}
