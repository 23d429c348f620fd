using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 涉企检查未事前报备: every enterprise inspection is filed on the platform before it starts (《济南市提升行政执法质量实施方案》 第6项:
/// 涉企检查实行事前报备、事中留痕、事后评价; “泉执法 慧监督”(济南市) 二(三) 事前备案). Filing after the start is late, not filing at all
/// is worse.
/// </summary>
public sealed class PreFilingRule(PreFilingOptions options) : IWarningRule<IReadOnlyCollection<InspectionFact>>
{
    public const string RuleCode = "inspection-not-prefiled";

    public static string SubjectKey(int inspectionId) => $"{RuleCode}:inspection:{inspectionId}";

    public string Code => RuleCode;
    public string Name => "涉企检查未事前报备";
    public string Source => "《济南市提升行政执法质量实施方案》 第6项；“泉执法 慧监督”(济南市) 二(三)";
    public SeverityUnit Unit => SeverityUnit.Grade;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<InspectionFact> inspections, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.LookbackDays);
        foreach (var i in inspections.Where(i => window.Contains(i.StartedAt) || i.ReceivedAt is { } r && window.Contains(r)).DistinctBy(i => i.Id).OrderBy(i => i.Id))
        {
            // A pre-filing a resend added counts from its receipt: an agency cannot pre-file after the fact by back-dating.
            var backDated = i.PreFilingCounts != i.PreFiledAt;
            var (level, severity, detail) = i.PreFilingCounts switch
            {
                null => (options.NotFiledLevel, 2, "未事前报备"),
                { } filed when filed > i.StartedAt && backDated =>
                    (options.FiledLateLevel, 1, $"检查开始后才补报报备（补报称于{ChineseDates.Minute(i.PreFiledAt!.Value)}报备，"
                        + $"中心于{ChineseDates.Minute(filed)}才收到，按收到时间计晚{Lateness(filed - i.StartedAt)}）"),
                { } filed when filed > i.StartedAt => (options.FiledLateLevel, 1, $"检查开始后才报备（晚{Lateness(filed - i.StartedAt)}）"),
                _ => ((WarningLevel?)null, 0, ""),
            };
            if (level is not { } l) continue;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(i.Id),
                l,
                severity,
                $"{Named.Agency(i.AgencyId)}对{Named.Party(i.PartyId)}的检查{detail}",
                $"{Named.Inspection(i.Id)}{detail}。",
                i.AgencyId,
                i.StreetId,
                [RecordRef.One(RecordKind.Inspection, i.Id), RecordRef.One(RecordKind.Party, i.PartyId)],
                nowUtc);
        }
    }

    private static string Lateness(TimeSpan late) =>
        late.TotalHours >= 1 ? $"{(int)late.TotalHours}小时{late.Minutes}分钟" : $"{Math.Max(1, (int)Math.Ceiling(late.TotalMinutes))}分钟";
}
