namespace Supervision.Web.Features.Notices;

/// <summary>A file a liaison attaches to a reply, as uploaded.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);
