namespace Supervision.Web.Features.Notices;

public sealed record NoticeFile(string FileName, string ContentType, byte[] Content);
