namespace Supervision.Domain.Notices;

public sealed class NoticeSubject
{
    public int NoticeId { get; set; }
    public NoticeSubjectKind Kind { get; set; }
    public int RecordId { get; set; }
}
