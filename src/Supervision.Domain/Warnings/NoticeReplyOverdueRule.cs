using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 监督文书逾期未回复: a supervision notice (依法行政预警通知书, 监督意见书, 监督决定书, 督办通知) whose reply deadline
/// has passed while the agency still owes a reply (issued, or sent back for another reply). The documents exist to make
/// agencies correct what supervision found (威海市《关于改进和加强行政执法工作的意见》 五(三): 通过下达依法行政预警通知书、行政执法监督意见书或决定书等
/// 形式督促整改) and supervised handling is followed through (《济南市提升行政执法质量实施方案》 第15项 督办). Severity is Shanghai days past the
/// deadline day: the deadline day itself is in time, the next day is 1.
/// </summary>
public sealed class NoticeReplyOverdueRule(NoticeReplyOverdueOptions options) : IWarningRule<IReadOnlyCollection<NoticeFact>>
{
    public const string RuleCode = "notice-reply-overdue";

    public static string SubjectKey(int noticeId) => $"{RuleCode}:notice:{noticeId}";

    public string Code => RuleCode;
    public string Name => "监督文书逾期未回复";
    public string Source => "威海市《关于改进和加强行政执法工作的意见》 五(三)；《济南市提升行政执法质量实施方案》 第15项";
    public SeverityUnit Unit => SeverityUnit.Days;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<NoticeFact> notices, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        foreach (var n in notices.Where(n => n.AwaitsReply).DistinctBy(n => n.Id).OrderBy(n => n.Id))
        {
            var days = today.DayNumber - n.ReplyDeadline.DayNumber;
            if (days <= 0 || options.Levels.LevelFor(days) is not { } level) continue;
            var notice = n.Number is { } number ? $"监督文书{number}" : Named.Notice(n.Id);
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(n.Id),
                level,
                days,
                $"{Named.Agency(n.AgencyId)}逾期{days}天未回复{notice}",
                $"{notice}回复期限为{ChineseDates.Day(n.ReplyDeadline)}，已逾期{days}天仍未回复"
                    + (n.SentBack ? "（前次回复已被退回）。" : "。"),
                n.AgencyId,
                null,
                [RecordRef.One(RecordKind.Notice, n.Id)],
                nowUtc);
        }
    }
}
