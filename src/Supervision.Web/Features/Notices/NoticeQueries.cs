using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeFilter(NoticeKind? Kind = null, NoticeStatus? Status = null, int? AgencyId = null, bool OverdueOnly = false);

public sealed record NoticeRow(int Id, int Revision, string? Number, NoticeKind Kind, NoticeStatus Status, string Title, string AgencyName,
    DateOnly ReplyDeadline, int DaysOverdue, DateTime CreatedAt, DateTime? IssuedAt, bool Escalated);

public sealed record NoticeSubjectView(NoticeSubjectKind Kind, int Id, string? Label, string? Href);

public sealed record NoticeAttachmentView(int Id, string FileName, long Size);

public sealed record NoticeReplyView(int Id, DateTime At, string By, string Text, bool? Accepted, DateTime? ReviewedAt, string? ReviewedBy, string? ReviewNote,
    IReadOnlyList<NoticeAttachmentView> Attachments);

public sealed record NoticeDetail(
    int Id, int Revision, NoticeKind Kind, NoticeStatus Status, string? Number, string Title, string Facts, string RequiredActions,
    int AgencyId, string AgencyName, DateOnly ReplyDeadline, int DaysOverdue, string CreatedBy, DateTime CreatedAt, string? IssuedBy, DateTime? IssuedAt,
    DateTime? ClosedAt, string? ClosedBy, DateTime? EscalatedAt, string? EscalatedToName,
    IReadOnlyList<NoticeSubjectView> Subjects, IReadOnlyList<NoticeReplyView> Replies)
{
    public bool AwaitsReply => Status is NoticeStatus.Issued or NoticeStatus.SentBack;
}

public sealed record NoticeFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// What the notice pages read, through <see cref="UserDb"/>: a liaison sees the notices addressed or escalated to its
/// agency and no drafts (the query filter), everyone else all of them.
/// </summary>
public sealed class NoticeQueries(UserDb userDb, TimeProvider time)
{
    /// <summary>More than a year's notices of the whole city; the list is filtered long before it reaches this.</summary>
    public const int MaxRows = 1000;

    public async Task<IReadOnlyList<NoticeRow>> ListAsync(NoticeFilter f, CancellationToken ct = default)
    {
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        await using var db = await userDb.OpenAsync(ct);
        var q = db.Notices.AsNoTracking();
        if (f.Kind is { } kind) q = q.Where(n => n.Kind == kind);
        if (f.Status is { } status) q = q.Where(n => n.Status == status);
        if (f.AgencyId is { } agency) q = q.Where(n => n.AgencyId == agency || n.EscalatedToAgencyId == agency);
        if (f.OverdueOnly) q = q.Where(n => (n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.SentBack) && n.ReplyDeadline < today);
        var rows = await (from n in q
                join a in db.Agencies on n.AgencyId equals a.Id
                orderby n.CreatedAt descending, n.Id descending
                select new { n.Id, n.Revision, n.Number, n.Kind, n.Status, n.Title, a.Name, n.ReplyDeadline, n.CreatedAt, n.IssuedAt, n.EscalatedAt })
            .Take(MaxRows).ToListAsync(ct);
        return [.. rows.Select(r => new NoticeRow(r.Id, r.Revision, r.Number, r.Kind, r.Status, r.Title, r.Name, r.ReplyDeadline,
            Overdue(r.Status, r.ReplyDeadline, today), r.CreatedAt, r.IssuedAt, r.EscalatedAt is not null))];
    }

    public async Task<NoticeDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        await using var db = await userDb.OpenAsync(ct);
        var n = await db.Notices.AsNoTracking().Include(x => x.Subjects).Include(x => x.Replies).ThenInclude(r => r.Attachments)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (n is null) return null;
        var agencyIds = new[] { n.AgencyId, n.EscalatedToAgencyId ?? 0 };
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var warningIds = n.Subjects.Where(s => s.Kind == NoticeSubjectKind.Warning).Select(s => s.RecordId).ToList();
        var caseIds = n.Subjects.Where(s => s.Kind == NoticeSubjectKind.Case).Select(s => s.RecordId).ToList();
        // Labels through the same scoped context: a subject the reader may not see shows as its kind and id only.
        var warnings = await db.Warnings.AsNoTracking().Where(w => warningIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Title, ct);
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        var subjects = n.Subjects.OrderBy(s => s.Kind).ThenBy(s => s.RecordId).Select(s => s.Kind == NoticeSubjectKind.Warning
            ? new NoticeSubjectView(s.Kind, s.RecordId, warnings.GetValueOrDefault(s.RecordId), $"/warnings/{s.RecordId}")
            : new NoticeSubjectView(s.Kind, s.RecordId, cases.GetValueOrDefault(s.RecordId), DrillDownLinks.Case(s.RecordId))).ToList();
        var replies = n.Replies.OrderBy(r => r.At).ThenBy(r => r.Id).Select(r => new NoticeReplyView(r.Id, r.At, r.By, r.Text, r.Accepted, r.ReviewedAt,
            r.ReviewedBy, r.ReviewNote, [.. r.Attachments.OrderBy(a => a.Id).Select(a => new NoticeAttachmentView(a.Id, a.FileName, a.Size))])).ToList();
        return new NoticeDetail(n.Id, n.Revision, n.Kind, n.Status, n.Number, n.Title, n.Facts, n.RequiredActions, n.AgencyId,
            agencies.GetValueOrDefault(n.AgencyId) ?? "", n.ReplyDeadline, Overdue(n.Status, n.ReplyDeadline, today), n.CreatedBy, n.CreatedAt, n.IssuedBy,
            n.IssuedAt, n.ClosedAt, n.ClosedBy, n.EscalatedAt, n.EscalatedToAgencyId is { } to ? agencies.GetValueOrDefault(to) : null, subjects, replies);
    }

    /// <summary>One attachment of one of the reader's notices, or null (not found and not visible read the same).</summary>
    public async Task<NoticeFile?> AttachmentAsync(int noticeId, int attachmentId, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await (from a in db.NoticeAttachments.AsNoTracking()
                join r in db.NoticeReplies on a.ReplyId equals r.Id
                where a.Id == attachmentId && r.NoticeId == noticeId
                select new NoticeFile(a.FileName, a.ContentType, a.Content))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<Option>> AgencyOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Code).Select(a => new Option(a.Id, a.Code, a.Name)).ToListAsync(ct);
    }

    private static int Overdue(NoticeStatus status, DateOnly deadline, DateOnly today) =>
        status is NoticeStatus.Issued or NoticeStatus.SentBack ? Math.Max(0, today.DayNumber - deadline.DayNumber) : 0;
}

/// <summary>An escalated notice still owing its reply, for the wall.</summary>
public sealed record WallEscalationRow(int Id, string Number, string AgencyName, string? EscalatedToName, int DaysOverdue);

/// <summary>The wall's 层级督办 panel: city-wide for the wall device, which is no agency's.</summary>
public sealed class NoticeWallQuery(UserDb userDb, TimeProvider time)
{
    public async Task<IReadOnlyList<WallEscalationRow>> EscalationsAsync(int max, CancellationToken ct = default)
    {
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        await using var db = await userDb.OpenAsync(ct);
        var rows = await (from n in db.Notices.AsNoTracking()
                join a in db.Agencies on n.AgencyId equals a.Id
                join up in db.Agencies on n.EscalatedToAgencyId equals up.Id into ups
                from up in ups.DefaultIfEmpty()
                where n.EscalatedAt != null && (n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.SentBack)
                orderby n.ReplyDeadline, n.Id
                select new { n.Id, n.Number, a.Name, UpName = up == null ? null : up.Name, n.ReplyDeadline })
            .Take(max).ToListAsync(ct);
        return [.. rows.Select(r => new WallEscalationRow(r.Id, r.Number ?? "", r.Name, r.UpName, Math.Max(0, today.DayNumber - r.ReplyDeadline.DayNumber)))];
    }
}
