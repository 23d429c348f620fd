using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>A supervision notice reaches itself: the notices feature touches it after an issue, a reply, a closing or a send-back.</summary>
public sealed class NoticeReplyOverdueBinding : RuleBinding<NoticeReplyOverdueRule, IReadOnlyCollection<NoticeFact>, int>
{
    public override string Code => NoticeReplyOverdueRule.RuleCode;
    public override string SettingsGroup => "noticeReplyOverdue";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Notice);

    public override NoticeReplyOverdueRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.NoticeReplyOverdue);

    protected override async Task<IReadOnlyCollection<NoticeFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await FactQueries.NoticesAsync(c.Db, c.Now, null, ct);

    protected override async Task<IReadOnlyCollection<NoticeFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> subjects, CancellationToken ct) =>
        await FactQueries.NoticesAsync(c.Db, c.Now, subjects, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Ids(RecordKind.Notice);

    public override string KeyOf(int subject) => NoticeReplyOverdueRule.SubjectKey(subject);
}
