using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 首违不罚: a party fined for its first violation of a matter whose no-penalty list (不予处罚清单) has an item for first
/// violations. The four lists set when a matter is not punished (《济南市推进行政执法精准化规定》 第七条) and the plan asks
/// that first minor violations not be punished (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项). First =
/// no earlier case of that party and matter, by filing time (then case id), in the party's whole history. It is raised
/// whether or not the agency cited the item: a fine after citing it contradicts the item; a fine without citing it may
/// have overlooked it. The item's other conditions (minor harm, corrected in time) are not in the case record, so the
/// warning asks for a look rather than says the fine was wrong.
/// </summary>
public sealed class FirstViolationRule(FirstViolationOptions options) : IWarningRule<FirstViolationSnapshot>
{
    public const string RuleCode = "first-violation-fined";

    /// <summary>The subject: one party and one matter (only its first case can be the finding). An incoming case reaches it.</summary>
    public static string SubjectKey(int partyId, int matterId) => $"{RuleCode}:party:{partyId}:matter:{matterId}";

    public string Code => RuleCode;
    public string Name => "首次违法适用不予处罚清单仍予罚款";
    public string Source => "《济南市推进行政执法精准化规定》 第七条（不予处罚清单）；《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项（首违不罚）";
    public SeverityUnit Unit => SeverityUnit.Cases;

    public IEnumerable<WarningFinding> Evaluate(FirstViolationSnapshot snapshot, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.LookbackDays);
        var items = snapshot.Items.GroupBy(i => i.MatterId).ToDictionary(g => g.Key, g => g.OrderBy(i => i.ItemId).ToList());
        var firsts = snapshot.Cases.Where(c => items.ContainsKey(c.MatterId))
            .DistinctBy(c => c.CaseId)
            .GroupBy(c => (c.PartyId, c.MatterId))
            .Select(g => g.MinBy(c => (c.FiledAt, c.CaseId))!)
            .Where(c => c.Fine is > 0 && c.DecidedAt is { } decided && window.Contains(decided))
            .OrderBy(c => (c.PartyId, c.MatterId));
        foreach (var c in firsts)
        {
            var matterItems = items[c.MatterId];
            var cited = matterItems.FirstOrDefault(i => i.ItemId == c.FourListItemId);
            var item = cited ?? matterItems[0];
            var decided = c.DecidedAt!.Value;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(c.PartyId, c.MatterId),
                options.Level,
                1,
                $"{Named.Party(c.PartyId)}首次因“{Named.Matter(c.MatterId)}”被立案即被罚款{c.Fine}元",
                $"{Named.Case(c.CaseId)}是{Named.PartyWithCode(c.PartyId)}因“{Named.Matter(c.MatterId)}”的第一件案件（此前没有同一事项的案件），"
                    + $"{ChineseDates.Day(decided)}决定罚款{c.Fine}元。该事项的不予处罚清单有首次违法的情形（{item.Code}：{FullWidth(item.Circumstance)}），"
                    + (cited is not null ? "案件引用了该项却仍予罚款，" : "案件未引用该项，")
                    + "请核实是否符合首违不罚的条件。",
                c.AgencyId,
                c.StreetId,
                [RecordRef.One(RecordKind.Case, c.CaseId), RecordRef.One(RecordKind.Party, c.PartyId)],
                nowUtc);
        }
    }

    /// <summary>The lists' text as the reference files hold it, with half-width punctuation, written as Chinese text is.</summary>
    private static string FullWidth(string text) =>
        text.Replace(',', '，').Replace(';', '；').Replace(':', '：').Replace('(', '（').Replace(')', '）');
}
