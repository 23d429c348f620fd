using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 整改逾期未复查: the rectification deadline has passed and nobody has gone back to check. "No fine-and-forget"
/// (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第3项: 应当及时复查整改情况，防止"一罚了之"). Escalates with the days since the deadline; a review
/// clears it whatever its result.
/// </summary>
public sealed class OverdueRectificationRule(OverdueRectificationOptions options) : IWarningRule<IReadOnlyCollection<RectificationFact>>
{
    public const string RuleCode = "overdue-rectification";

    public static string SubjectKey(int orderId) => $"{RuleCode}:order:{orderId}";

    public string Code => RuleCode;
    public string Name => "责令整改逾期未复查";
    public string Source => "《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第3项";
    public SeverityUnit Unit => SeverityUnit.Days;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<RectificationFact> orders, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        foreach (var o in orders.Where(o => o.ReviewedAt is null).DistinctBy(o => o.Id).OrderBy(o => o.Id))
        {
            // The deadline is the last day to rectify, so the first overdue day is the day after it.
            var days = today.DayNumber - o.Deadline.DayNumber;
            if (days <= 0 || options.Levels.LevelFor(days) is not { } level) continue;
            var records = new List<RecordRef> { RecordRef.One(RecordKind.RectificationOrder, o.Id) };
            if (o.InspectionId is { } i) records.Add(RecordRef.One(RecordKind.Inspection, i));
            if (o.CaseId is { } c) records.Add(RecordRef.One(RecordKind.Case, c));
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(o.Id),
                level,
                days,
                $"{Named.Party(o.PartyId)}整改逾期{days}天未复查",
                $"{Named.Order(o.Id)}整改期限为{ChineseDates.Day(o.Deadline)}，已逾期{days}天仍未复查。",
                o.AgencyId,
                o.StreetId,
                records,
                nowUtc);
        }
    }
}
