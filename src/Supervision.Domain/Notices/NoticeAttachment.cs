namespace Supervision.Domain.Notices;

/// <summary>A file attached to a reply, kept in the database (size- and type-limited at upload).</summary>
public sealed class NoticeAttachment
{
    public int Id { get; set; }
    public int ReplyId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
}
