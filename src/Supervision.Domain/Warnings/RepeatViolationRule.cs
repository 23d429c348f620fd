namespace Supervision.Domain.Warnings;

/// <summary>
/// 同一当事人反复违法: one party, one matter, N cases filed within the window. Repeated violation is what the supervision
/// bureau may put under supervised handling (《济南市提升行政执法质量实施方案》 第15项), and what should end first-violation leniency.
/// </summary>
public sealed class RepeatViolationRule(RepeatViolationOptions options) : IWarningRule<IReadOnlyCollection<ViolationFact>>
{
    public const string RuleCode = "repeat-violation";

    /// <summary>The subject: one party and one matter. The engine builds the same key from an incoming case.</summary>
    public static string SubjectKey(int partyId, int matterId) => $"{RuleCode}:party:{partyId}:matter:{matterId}";

    public string Code => RuleCode;
    public string Name => "同一当事人反复违法";
    public string Source => "《济南市提升行政执法质量实施方案》 第15项(反复发生的执法案事件督办)；《济南市推进行政执法精准化规定》 第十四条";
    public SeverityUnit Unit => SeverityUnit.Times;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<ViolationFact> cases, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.WindowDays);
        var groups = cases.Where(c => window.Contains(c.FiledAt))
            .DistinctBy(c => c.CaseId)
            .GroupBy(c => (c.PartyId, c.MatterId))
            .OrderBy(g => g.Key);
        foreach (var g in groups)
        {
            var count = g.Count();
            if (options.Levels.LevelFor(count) is not { } level) continue;
            // The agency and street of the latest case: the one dealing with the party now.
            var latest = g.MaxBy(c => (c.FiledAt, c.CaseId))!;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key.PartyId, g.Key.MatterId),
                level,
                count,
                $"{Named.Party(g.Key.PartyId)}{options.WindowDays}天内因同一事项第{count}次被立案",
                $"{Named.PartyWithCode(g.Key.PartyId)}在{window.Describe()}（{options.WindowDays}天）内因“{Named.Matter(g.Key.MatterId)}”被立案{count}次"
                    + $"（{Named.List(NameKind.Case, g.OrderBy(c => (c.FiledAt, c.CaseId)).Select(c => c.CaseId))}），"
                    + $"达到{level.Chinese()}预警条件（{options.Levels.Blue}次起预警）。",
                latest.AgencyId,
                latest.StreetId,
                [RecordRef.Of(RecordKind.Case, g.Select(c => c.CaseId)), RecordRef.One(RecordKind.Party, g.Key.PartyId)],
                nowUtc);
        }
    }
}
