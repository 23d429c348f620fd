using Supervision.Domain.Notices;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeRow(int Id, int Revision, string? Number, NoticeKind Kind, NoticeStatus Status, string Title, string AgencyName,
    DateOnly ReplyDeadline, int DaysOverdue, DateTime CreatedAt, DateTime? IssuedAt, bool Escalated);
