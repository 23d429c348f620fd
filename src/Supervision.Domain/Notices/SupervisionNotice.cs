namespace Supervision.Domain.Notices;

/// <summary>The four supervision documents (seeds/003 四; PRODUCT.md item 4). The numbers are stored, so they never change.</summary>
public enum NoticeKind
{
    /// <summary>依法行政预警通知书.</summary>
    WarningNotice = 0,
    /// <summary>行政执法监督意见书.</summary>
    SupervisionOpinion = 1,
    /// <summary>行政执法监督决定书.</summary>
    SupervisionDecision = 2,
    /// <summary>督办通知.</summary>
    SupervisedHandling = 3,
}

/// <summary>draft → issued → replied → closed (verified), or replied → sent back → replied again.</summary>
public enum NoticeStatus
{
    Draft = 0,
    Issued = 1,
    Replied = 2,
    SentBack = 3,
    Closed = 4,
}

/// <summary>
/// A supervision notice (监督文书) to one agency. The document number (e.g. 济执监〔2026〕12号) is given at issue: the
/// yearly <see cref="Sequence"/> under the configured prefix, unique per year.
/// </summary>
public sealed class SupervisionNotice
{
    public int Id { get; set; }
    public NoticeKind Kind { get; set; }
    public NoticeStatus Status { get; set; }
    /// <summary>The addressed agency.</summary>
    public int AgencyId { get; set; }
    public required string Title { get; set; }
    public required string Facts { get; set; }
    public required string RequiredActions { get; set; }
    /// <summary>The last Asia/Shanghai day on which the agency's reply is in time.</summary>
    public DateOnly ReplyDeadline { get; set; }
    /// <summary>Set at issue: the year of the number and its place in that year.</summary>
    public int? Year { get; set; }
    public int? Sequence { get; set; }
    public string? Number { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? IssuedAt { get; set; }
    public string? IssuedBy { get; set; }
    public DateTime? RepliedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    /// <summary>层级督办: unanswered too long, raised to the addressed agency's parent.</summary>
    public DateTime? EscalatedAt { get; set; }
    public int? EscalatedToAgencyId { get; set; }
    /// <summary>Bumped on every change (EF concurrency token).</summary>
    public int Revision { get; set; }
    public List<NoticeSubject> Subjects { get; set; } = [];
    public List<NoticeReply> Replies { get; set; } = [];
}

/// <summary>What a notice is about: a warning or a case it was created from.</summary>
public enum NoticeSubjectKind
{
    Warning = 0,
    Case = 1,
}

public sealed class NoticeSubject
{
    public int NoticeId { get; set; }
    public NoticeSubjectKind Kind { get; set; }
    public int RecordId { get; set; }
}

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
