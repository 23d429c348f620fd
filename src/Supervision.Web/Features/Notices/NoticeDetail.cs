using Supervision.Domain.Notices;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeDetail(
    int Id, int Revision, NoticeKind Kind, NoticeStatus Status, string? Number, string Title, string Facts, string RequiredActions,
    int AgencyId, string AgencyName, DateOnly ReplyDeadline, int DaysOverdue, string CreatedBy, DateTime CreatedAt, string? IssuedBy, DateTime? IssuedAt,
    DateTime? ClosedAt, string? ClosedBy, DateTime? EscalatedAt, string? EscalatedToName,
    IReadOnlyList<NoticeSubjectView> Subjects, IReadOnlyList<NoticeReplyView> Replies)
{
    public bool AwaitsReply => Status is NoticeStatus.Issued or NoticeStatus.SentBack;
}
