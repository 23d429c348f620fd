namespace Supervision.Domain.Notices;

/// <summary>The agency's reply, and the supervisor's verdict on it (accepted: the notice closes; not: sent back).</summary>
public sealed class NoticeReply
{
    public int Id { get; set; }
    public int NoticeId { get; set; }
    public DateTime At { get; set; }
    public required string By { get; set; }
    public required string Text { get; set; }
    public bool? Accepted { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewNote { get; set; }
    public List<NoticeAttachment> Attachments { get; set; } = [];
}
