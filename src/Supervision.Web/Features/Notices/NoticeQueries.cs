using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Notices;

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
