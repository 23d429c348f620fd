namespace Supervision.Web.Features.Notices;

public sealed record NoticeAttachmentView(int Id, string FileName, long Size);
