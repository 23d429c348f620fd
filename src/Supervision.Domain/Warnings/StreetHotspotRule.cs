namespace Supervision.Domain.Warnings;

/// <summary>
/// 街道高发违法: one street, one matter, M cases within the window. A violation that keeps happening in one place has
/// not been governed; the agency must evaluate its measures and report (《济南市推进行政执法精准化规定》 第十四条), and analyse high-frequency
/// violations in one area for their causes (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第12项).
/// </summary>
public sealed class StreetHotspotRule(StreetHotspotOptions options) : IWarningRule<IReadOnlyCollection<ViolationFact>>
{
    public const string RuleCode = "street-hotspot";

    /// <summary>The subject: one street and one matter.</summary>
    public static string SubjectKey(int streetId, int matterId) => $"{RuleCode}:street:{streetId}:matter:{matterId}";

    public string Code => RuleCode;
    public string Name => "街道同类违法高发";
    public string Source => "《济南市推进行政执法精准化规定》 第十四条；《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第12项";
    public SeverityUnit Unit => SeverityUnit.Cases;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<ViolationFact> cases, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.WindowDays);
        var groups = cases.Where(c => window.Contains(c.FiledAt))
            .DistinctBy(c => c.CaseId)
            .GroupBy(c => (c.StreetId, c.MatterId))
            .OrderBy(g => g.Key);
        foreach (var g in groups)
        {
            var count = g.Count();
            if (options.Levels.LevelFor(count) is not { } level) continue;
            // The agency that filed most of them is the one to evaluate its measures; ties go to the lower id so reruns agree.
            var agency = g.GroupBy(c => c.AgencyId).OrderByDescending(a => a.Count()).ThenBy(a => a.Key).First().Key;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key.StreetId, g.Key.MatterId),
                level,
                count,
                $"{Named.Street(g.Key.StreetId)}{options.WindowDays}天内“{Named.Matter(g.Key.MatterId)}”立案{count}件",
                $"{Named.Street(g.Key.StreetId)}在{window.Describe()}（{options.WindowDays}天）内因“{Named.Matter(g.Key.MatterId)}”立案{count}件"
                    + $"（{Named.List(NameKind.Case, g.OrderBy(c => (c.FiledAt, c.CaseId)).Select(c => c.CaseId))}），"
                    + $"达到{level.Chinese()}预警条件（{options.Levels.Blue}件起预警），{Named.Agency(agency)}应评估执法措施并报告。",
                agency,
                g.Key.StreetId,
                [RecordRef.Of(RecordKind.Case, g.Select(c => c.CaseId))],
                nowUtc);
        }
    }
}
