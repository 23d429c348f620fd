using Supervision.Domain.Inspections;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 多头检查: several agencies inspecting one enterprise separately within a few days, where they should have gone
/// together (“泉执法 慧监督”(济南市) 二(三): 有效防止随意检查、重复检查、多头检查; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项 综合查一次). Joint inspections are the
/// cure, so they do not count. Nor do those prompted from outside the agency's plan (投诉举报、上级交办、其他机关移送、
/// 重点领域治理部署): 第6项 excepts them from its "inspect together, then not again separately", and an agency acting on a
/// complaint, an assignment, a referral or a deployed campaign did not choose its moment, so it could not have gone
/// together with the others — only routine and double-random inspections count.
/// </summary>
public sealed class MultiAgencyInspectionRule(MultiAgencyInspectionOptions options) : IWarningRule<InspectionSnapshot>
{
    public const string RuleCode = "multi-agency-inspection";

    public static string SubjectKey(int partyId) => $"{RuleCode}:party:{partyId}";

    public string Code => RuleCode;
    public string Name => "多头检查";
    public string Source => "“泉执法 慧监督”(济南市) 二(三)；《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项";
    public SeverityUnit Unit => SeverityUnit.Agencies;

    public IEnumerable<WarningFinding> Evaluate(InspectionSnapshot snapshot, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.WindowDays);
        var byParty = snapshot.Inspections
            .Where(i => window.Contains(i.StartedAt) && i.Kind is not InspectionKind.Joint && !InspectionTriggers.PromptedFromOutside(i.Kind))
            .DistinctBy(i => i.Id)
            .GroupBy(i => i.PartyId)
            .OrderBy(g => g.Key);
        foreach (var g in byParty)
        {
            var agencies = g.Select(i => i.AgencyId).Distinct().Count();
            if (options.Levels.LevelFor(agencies) is not { } level) continue;
            var latest = g.MaxBy(i => (i.StartedAt, i.Id))!;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key),
                level,
                agencies,
                $"{Named.Party(g.Key)}{options.WindowDays}天内被{agencies}个单位分别检查{g.Count()}次",
                $"{Named.PartyWithCode(g.Key)}在{window.Describe()}（{options.WindowDays}天）内被"
                    + $"{Named.List(NameKind.Agency, g.OrderBy(i => (i.StartedAt, i.Id)).Select(i => i.AgencyId), 6, "个单位")}分别检查{g.Count()}次，未实行联合检查（综合查一次）。",
                latest.AgencyId,
                latest.StreetId,
                [RecordRef.Of(RecordKind.Inspection, g.Select(i => i.Id)), RecordRef.One(RecordKind.Party, g.Key)],
                nowUtc);
        }
    }
}
