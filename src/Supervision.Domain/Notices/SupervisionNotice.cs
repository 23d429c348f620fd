namespace Supervision.Domain.Notices;

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

    /// <summary>Issued or sent back: the agency owes a reply, and the reply deadline runs.</summary>
    public bool AwaitsReply => Status is NoticeStatus.Issued or NoticeStatus.SentBack;

    /// <summary>Shanghai days past the reply deadline while a reply is owed: 0 on the deadline day itself and before.</summary>
    public int DaysOverdue(DateOnly today) => AwaitsReply ? Math.Max(0, today.DayNumber - ReplyDeadline.DayNumber) : 0;

    // The transitions. Each refuses a state it does not start from (no skipping: a draft is never replied to, a
    // notice is never closed without a reply to verify), names the field a person must fix, and bumps Revision.

    /// <summary>Changes what a draft says; only a draft can be edited, an issued document is fixed.</summary>
    public void Edit(NoticeKind kind, int agencyId, string title, string facts, string requiredActions, DateOnly replyDeadline)
    {
        Require(NoticeAction.Edit, NoticeStatus.Draft);
        Kind = kind;
        AgencyId = agencyId;
        Title = Required(title, "title", "标题");
        Facts = Required(facts, "facts", "事实");
        RequiredActions = Required(requiredActions, "requiredActions", "整改要求");
        ReplyDeadline = replyDeadline;
        Revision++;
    }

    /// <summary>Draft → issued: the document gets its number and the reply deadline starts to run.</summary>
    public void Issue(int year, int sequence, string number, string by, DateTime nowUtc, DateOnly today)
    {
        Require(NoticeAction.Issue, NoticeStatus.Draft);
        Required(Title, "title", "标题");
        Required(Facts, "facts", "事实");
        Required(RequiredActions, "requiredActions", "整改要求");
        if (ReplyDeadline <= today) throw new NoticeActionException("replyDeadline", NoticeRefusal.DeadlineNotAfterIssueDay, "回复期限须晚于签发当日。");
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence));
        Year = year;
        Sequence = sequence;
        Number = number;
        IssuedAt = nowUtc;
        IssuedBy = by;
        Status = NoticeStatus.Issued;
        Revision++;
    }

    /// <summary>Issued or sent back → replied: the agency's answer, to be verified.</summary>
    public NoticeReply Reply(string by, string text, IEnumerable<NoticeAttachment> attachments, DateTime nowUtc)
    {
        Require(NoticeAction.Reply, NoticeStatus.Issued, NoticeStatus.SentBack);
        var reply = new NoticeReply
        {
            NoticeId = Id,
            At = nowUtc,
            By = by,
            Text = Required(text, "text", "回复内容"),
            Attachments = [.. attachments],
        };
        Replies.Add(reply);
        RepliedAt = nowUtc;
        Status = NoticeStatus.Replied;
        Revision++;
        return reply;
    }

    /// <summary>Replied → closed: the supervisor verified the reply.</summary>
    public void Accept(string by, string? note, DateTime nowUtc)
    {
        Require(NoticeAction.Accept, NoticeStatus.Replied);
        Review(true, by, note, nowUtc);
        ClosedAt = nowUtc;
        ClosedBy = by;
        Status = NoticeStatus.Closed;
        Revision++;
    }

    /// <summary>
    /// Replied → sent back: the reply does not do, the agency must reply again. A new deadline may be set (a later
    /// Shanghai day); without one the original deadline stands, and if it has passed the reply is overdue at once.
    /// </summary>
    public void SendBack(string by, string note, DateOnly? newDeadline, DateTime nowUtc, DateOnly today)
    {
        Require(NoticeAction.SendBack, NoticeStatus.Replied);
        var reason = Required(note, "note", "退回理由");
        if (newDeadline is { } d && d <= today) throw new NoticeActionException("replyDeadline", NoticeRefusal.DeadlineNotAfterToday, "新的回复期限须晚于今日。");
        Review(false, by, reason, nowUtc);
        if (newDeadline is { } deadline) ReplyDeadline = deadline;
        Status = NoticeStatus.SentBack;
        Revision++;
    }

    /// <summary>
    /// 层级督办: still no reply long after the deadline; raised to <paramref name="toAgencyId"/> (the parent agency, or the
    /// city's supervision body for a top-level agency; null when there is nobody above). Once only.
    /// </summary>
    public void Escalate(int? toAgencyId, DateTime nowUtc)
    {
        Require(NoticeAction.Escalate, NoticeStatus.Issued, NoticeStatus.SentBack);
        if (EscalatedAt is not null) throw new NoticeActionException("escalated", NoticeRefusal.AlreadyEscalated, "该文书已升级督办。");
        if (toAgencyId == AgencyId) throw new ArgumentException("A notice is not escalated to its own agency.", nameof(toAgencyId));
        EscalatedAt = nowUtc;
        EscalatedToAgencyId = toAgencyId;
        Revision++;
    }

    private void Review(bool accepted, string by, string? note, DateTime nowUtc)
    {
        var last = Replies.OrderBy(r => r.At).ThenBy(r => r.Id).LastOrDefault()
            ?? throw new NoticeActionException("status", NoticeRefusal.NoReplyToReview, "没有可审核的回复。");
        last.Accepted = accepted;
        last.ReviewedAt = nowUtc;
        last.ReviewedBy = by;
        last.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private void Require(NoticeAction action, params NoticeStatus[] from)
    {
        if (!from.Contains(Status))
            throw new NoticeActionException("status", NoticeRefusal.WrongStatus,
                $"文书当前为“{Status.Chinese()}”，不能{action.Chinese()}。") { Status = Status, Action = action };
    }

    private static string Required(string? value, string field, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new NoticeActionException(field, NoticeRefusal.Required, $"{name}不能为空。") : value.Trim();
}
