using Supervision.Domain.Calendar;
using Supervision.Domain.Complaints;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 投诉逾期未办结: a complaint from the QR-code channel or the 12345 hotline not handled by its deadline. Complaints are
/// handled promptly and according to law (《济南市提升行政执法质量实施方案》 第6项: 依法依规及时处理群众和企业反映的行政执法问题; 第15项 12345
/// 协同联动; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第15项 及时、准确回应诉求). Severity counts Shanghai days from the deadline's day, so a complaint is
/// blue as soon as its deadline passes and escalates at each midnight.
/// </summary>
public sealed class OverdueComplaintRule(OverdueComplaintOptions options) : IWarningRule<IReadOnlyCollection<ComplaintFact>>
{
    public const string RuleCode = "overdue-complaint";

    public static string SubjectKey(int complaintId) => $"{RuleCode}:complaint:{complaintId}";

    public string Code => RuleCode;
    public string Name => "投诉举报逾期未办结";
    public string Source => "《济南市提升行政执法质量实施方案》 第6项、第15项；《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第15项";
    public SeverityUnit Unit => SeverityUnit.Days;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<ComplaintFact> complaints, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        foreach (var c in complaints.Where(c => c.HandledAt is null && nowUtc > c.Deadline).DistinctBy(c => c.Id).OrderBy(c => c.Id))
        {
            var days = today.DayNumber - ChinaTime.DayOf(c.Deadline).DayNumber;
            if (options.Levels.LevelFor(days) is not { } level) continue;
            var channel = c.Channel == ComplaintChannel.Hotline12345 ? "12345热线" : "码上监督";
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(c.Id),
                level,
                days,
                days == 0 ? $"{Named.Agency(c.AgencyId)}的{channel}投诉今日逾期未办结" : $"{Named.Agency(c.AgencyId)}的{channel}投诉逾期{days}天未办结",
                $"{Named.Complaint(c.Id)}办理期限为{ChineseDates.Minute(c.Deadline)}，"
                    + (days == 0 ? "今日已逾期，仍未办结。" : $"已逾期{days}天，仍未办结。"),
                c.AgencyId,
                c.StreetId,
                c.OfficerId is { } o
                    ? [RecordRef.One(RecordKind.Complaint, c.Id), RecordRef.One(RecordKind.Officer, o)]
                    : [RecordRef.One(RecordKind.Complaint, c.Id)],
                nowUtc);
        }
    }
}
