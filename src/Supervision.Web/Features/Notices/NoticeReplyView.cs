namespace Supervision.Web.Features.Notices;

public sealed record NoticeReplyView(int Id, DateTime At, string By, string Text, bool? Accepted, DateTime? ReviewedAt, string? ReviewedBy, string? ReviewNote,
    IReadOnlyList<NoticeAttachmentView> Attachments);
