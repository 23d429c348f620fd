using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;

namespace Supervision.Web.Features.Notices;

/// <summary>
/// Every change to a notice: create and edit a draft, issue (numbering), reply, accept, send back, escalate. Each call
/// checks the capability itself (a hidden button is no guard), sees only what the person may see, refuses to act on a
/// notice changed since the person looked at it (Revision), runs the transition on the domain object (which refuses
/// skipping states), and is audited and published. Afterwards the reply-overdue warning of the notice is re-evaluated.
/// </summary>
public sealed class NoticeService(
    UserDb userDb,
    IAuthorizationService authorization,
    AuditLog audit,
    NoticeFeed feed,
    WarningEngine warnings,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<NoticeService> log)
{
    /// <summary>Parallel issuers collide on the unique number at most once per other issuer; this bounds the retries.</summary>
    private const int MaxNumberAttempts = 50;

    /// <summary>A draft proposed from warnings and cases: facts from the warnings' titles and details and the cases' numbers, the agency theirs.</summary>
    public async Task<NoticeDraft> PrefillAsync(IReadOnlyCollection<int> warningIds, IReadOnlyCollection<int> caseIds, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(user, ct);
        var ws = await db.Warnings.AsNoTracking().Where(w => warningIds.Contains(w.Id)).OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.Title, w.Detail, w.AgencyId }).ToListAsync(ct);
        var cs = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.AgencyId }).ToListAsync(ct);
        var lines = new List<string>();
        // One numbered item per warning, as the warning names it (enterprise, document numbers, dates): the agency can act on the printed page alone.
        foreach (var w in ws) lines.Add($"{lines.Count + 1}．{w.Title}：{w.Detail}");
        foreach (var c in cs) lines.Add($"{lines.Count + 1}．案件{c.Number}。");
        // One agency per notice: the warnings' agency if they agree, else the cases'; a mix leaves the choice to the supervisor.
        var agencies = ws.Select(w => w.AgencyId).Concat(cs.Select(c => (int?)c.AgencyId)).Where(a => a is not null).Distinct().ToList();
        var agencyId = agencies.Count == 1 ? agencies[0] : null;
        var title = ws.FirstOrDefault()?.Title ?? (cs.FirstOrDefault() is { } first ? $"案件{first.Number}" : "");
        return new NoticeDraft(
            NoticeKind.WarningNotice,
            agencyId,
            title.Length > 0 ? $"关于{title}的监督通知" : "",
            string.Join("\n", lines),
            "请于回复期限前核查上述问题，依法整改，并书面回复整改情况(附相关证明材料)。",
            ChinaTime.DayOf(Now).AddDays(options.Value.DefaultReplyDays),
            [.. ws.Select(w => w.Id)],
            [.. cs.Select(c => c.Id)]);
    }

    public async Task<Outcome<int?>> CreateDraftAsync(NoticeDraft draft, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!await MayAsync(user, Policies.Supervise)) return Outcome<int?>.Refused("permission", UiText.Get("Notices.Error.MayNotSupervise"));
        await using var db = await OpenAsync(user, ct);
        var problems = await CheckDraftAsync(db, draft, ct);
        var warningIds = draft.WarningIds.Distinct().ToList();
        var caseIds = draft.CaseIds.Distinct().ToList();
        var subjectAgencies = (await db.Warnings.AsNoTracking().Where(w => warningIds.Contains(w.Id)).Select(w => new { w.Id, w.AgencyId }).ToListAsync(ct))
            .Select(w => (Kind: NoticeSubjectKind.Warning, w.Id, w.AgencyId))
            .Concat((await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.AgencyId }).ToListAsync(ct))
                .Select(c => (Kind: NoticeSubjectKind.Case, c.Id, AgencyId: (int?)c.AgencyId)))
            .ToList();
        if (subjectAgencies.Count < warningIds.Count + caseIds.Count) problems.Add(new("subjects", UiText.Get("Notices.Error.SubjectMissing")));
        if (draft.AgencyId is { } agency && subjectAgencies.Any(s => s.AgencyId is { } a && a != agency))
            problems.Add(new("agency", UiText.Get("Notices.Error.OneAgency")));
        if (problems.Count > 0) return Outcome<int?>.Refused(problems);

        var notice = new SupervisionNotice
        {
            Kind = draft.Kind,
            Status = NoticeStatus.Draft,
            AgencyId = draft.AgencyId!.Value,
            Title = draft.Title.Trim(),
            Facts = draft.Facts.Trim(),
            RequiredActions = draft.RequiredActions.Trim(),
            ReplyDeadline = draft.ReplyDeadline!.Value,
            CreatedAt = Now,
            CreatedBy = NameOf(user),
            Subjects = [.. subjectAgencies.Select(s => new NoticeSubject { Kind = s.Kind, RecordId = s.Id })],
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        await DoneAsync(notice, AuditActions.NoticeCreated, "created",
            $"kind={notice.Kind}; agency={notice.AgencyId}; warnings={string.Join(",", warningIds)}; cases={string.Join(",", caseIds)}", user, evaluate: false, ct);
        return new Outcome<int?>(notice.Id, []);
    }

    public Task<Outcome<int?>> EditDraftAsync(int id, int? revision, NoticeDraft draft, ClaimsPrincipal user, CancellationToken ct = default) =>
        ChangeAsync(id, revision, user, Policies.Supervise, AuditActions.NoticeEdited, "edited", evaluate: false, async (db, n) =>
        {
            var problems = await CheckDraftAsync(db, draft, ct);
            if (draft.AgencyId is { } agency && agency != n.AgencyId)
            {
                var warningIds = n.Subjects.Where(s => s.Kind == NoticeSubjectKind.Warning).Select(s => s.RecordId).ToList();
                var caseIds = n.Subjects.Where(s => s.Kind == NoticeSubjectKind.Case).Select(s => s.RecordId).ToList();
                if (await db.Warnings.AnyAsync(w => warningIds.Contains(w.Id) && w.AgencyId != null && w.AgencyId != agency, ct)
                    || await db.Cases.AnyAsync(c => caseIds.Contains(c.Id) && c.AgencyId != agency, ct))
                    problems.Add(new("agency", UiText.Get("Notices.Error.OneAgency")));
            }
            if (problems.Count > 0) return (problems, "");
            n.Edit(draft.Kind, draft.AgencyId!.Value, draft.Title, draft.Facts, draft.RequiredActions, draft.ReplyDeadline!.Value);
            return ([], $"title={n.Title}; deadline={n.ReplyDeadline:yyyy-MM-dd}");
        }, ct);

    /// <summary>
    /// Draft → issued with the next number of the Shanghai year: the largest sequence of the year plus one. Two
    /// issuers can read the same largest one; the unique index lets only one of them save, the other reads again.
    /// </summary>
    public async Task<Outcome<int?>> IssueAsync(int id, int? revision, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var prefix = options.Value.NumberPrefix;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ChangeAsync(id, revision, user, Policies.Supervise, AuditActions.NoticeIssued, "issued", evaluate: true, async (db, n) =>
                {
                    var now = Now;
                    var today = ChinaTime.DayOf(now);
                    var year = today.Year;
                    var last = await db.Notices.IgnoreQueryFilters().Where(x => x.Year == year).MaxAsync(x => x.Sequence, ct) ?? 0;
                    n.Issue(year, last + 1, NoticeNumber.Format(prefix, year, last + 1), NameOf(user), now, today);
                    return ([], $"number={n.Number}; deadline={n.ReplyDeadline:yyyy-MM-dd}");
                }, ct, rethrowUniqueViolation: attempt < MaxNumberAttempts);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Someone else took the number: wait a little (spread out, so the losers do not collide again) and retry.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), ct);
            }
        }
    }

    /// <summary>
    /// The addressed agency's answer. Only a liaison of the notice's own agency replies: the parent agency that sees an
    /// escalated notice supervises the reply, it does not give it (docs/notices.md).
    /// </summary>
    public async Task<Outcome<int?>> ReplyAsync(int id, int? revision, string? text, IReadOnlyList<UploadedFile> files, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var problems = CheckFiles(files, out var attachments);
        if (string.IsNullOrWhiteSpace(text)) problems.Insert(0, new("text", UiText.Get("Notices.Error.TextRequired")));
        if (problems.Count > 0 && await MayAsync(user, Policies.ActForAgency)) return new Outcome<int?>(id, problems);
        var agency = UserDb.AgencyScopeOf(user);
        return await ChangeAsync(id, revision, user, Policies.ActForAgency, AuditActions.NoticeReplied, "replied", evaluate: true, (db, n) =>
        {
            if (n.AgencyId != agency) return Task.FromResult<(List<FieldError>, string)>(([new("permission", UiText.Get("Notices.Error.NotAddressed"))], ""));
            n.Reply(NameOf(user), text!, attachments, Now);
            return Task.FromResult<(List<FieldError>, string)>(([], $"files={attachments.Count}; bytes={attachments.Sum(a => a.Size)}"));
        }, ct);
    }

    public Task<Outcome<int?>> AcceptAsync(int id, int? revision, string? note, ClaimsPrincipal user, CancellationToken ct = default) =>
        ChangeAsync(id, revision, user, Policies.Supervise, AuditActions.NoticeClosed, "closed", evaluate: true, (db, n) =>
        {
            n.Accept(NameOf(user), note, Now);
            return Task.FromResult<(List<FieldError>, string)>(([], string.IsNullOrWhiteSpace(note) ? "" : $"note={note.Trim()}"));
        }, ct);

    public Task<Outcome<int?>> SendBackAsync(int id, int? revision, string? note, DateOnly? newDeadline, ClaimsPrincipal user, CancellationToken ct = default) =>
        ChangeAsync(id, revision, user, Policies.Supervise, AuditActions.NoticeSentBack, "sent-back", evaluate: true, (db, n) =>
        {
            var now = Now;
            n.SendBack(NameOf(user), note ?? "", newDeadline, now, ChinaTime.DayOf(now));
            return Task.FromResult<(List<FieldError>, string)>(([], $"deadline={n.ReplyDeadline:yyyy-MM-dd}; note={note?.Trim()}"));
        }, ct);

    private delegate Task<(List<FieldError> Problems, string Detail)> Change(SupervisionDbContext db, SupervisionNotice notice);

    private async Task<Outcome<int?>> ChangeAsync(int id, int? revision, ClaimsPrincipal user, string policy, string action, string change, bool evaluate,
        Change apply, CancellationToken ct, bool rethrowUniqueViolation = false)
    {
        if (!await MayAsync(user, policy))
            return Outcome<int?>.Refused("permission", UiText.Get(policy == Policies.Supervise ? "Notices.Error.MayNotSupervise" : "Notices.Error.NotAddressed"));
        await using var db = await OpenAsync(user, ct);
        // Not found and not visible read the same.
        var notice = await db.Notices.Include(n => n.Subjects).Include(n => n.Replies).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null) return Outcome<int?>.Refused("id", UiText.Format("Notices.Error.NotFound", id));
        if (revision is { } seen && seen != notice.Revision) return Outcome<int?>.Refused("revision", UiText.Get("Notices.Error.ChangedSince"));
        string detail;
        try
        {
            var (problems, d) = await apply(db, notice);
            if (problems.Count > 0) return new Outcome<int?>(id, problems);
            detail = d;
        }
        catch (NoticeActionException e)
        {
            return Outcome<int?>.Refused(e.Field, NoticeTerms.Describe(e));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<int?>.Refused("revision", UiText.Get("Notices.Error.ChangedSince"));
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && !rethrowUniqueViolation)
        {
            return Outcome<int?>.Refused("status", UiText.Get("Notices.Error.NumberBusy"));
        }
        await DoneAsync(notice, action, change, detail, user, evaluate, ct);
        return new Outcome<int?>(id, []);
    }

    private async Task DoneAsync(SupervisionNotice n, string action, string change, string detail, ClaimsPrincipal user, bool evaluate, CancellationToken ct)
    {
        await audit.WriteAsync(action, $"notice:{n.Id}", $"status={n.Status}; " + detail, actor: user, ct: ct);
        feed.Publish(new NoticeNews(n.Id, n.AgencyId, n.EscalatedToAgencyId, n.Status, change));
        if (!evaluate) return;
        try
        {
            // The reply-overdue warning follows at once (raised by a send-back past the deadline, cleared by a reply).
            await warnings.EvaluateAsync([new RecordTouch(Domain.Warnings.RecordKind.Notice, n.Id)], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The action stands; the next sweep brings the warning up to date.
            log.LogWarning(e, "Could not evaluate the reply warning of notice {Id}", n.Id);
        }
    }

    private async Task<List<FieldError>> CheckDraftAsync(SupervisionDbContext db, NoticeDraft d, CancellationToken ct)
    {
        var problems = new List<FieldError>();
        if (!Enum.IsDefined(d.Kind)) problems.Add(new("kind", UiText.Get("Notices.Error.KindRequired")));
        if (d.AgencyId is not { } agency || !await db.Agencies.AnyAsync(a => a.Id == agency, ct))
            problems.Add(new("agency", UiText.Get("Notices.Error.AgencyRequired")));
        if (string.IsNullOrWhiteSpace(d.Title)) problems.Add(new("title", UiText.Get("Notices.Error.TitleRequired")));
        else if (d.Title.Trim().Length > 200) problems.Add(new("title", UiText.Get("Notices.Error.TooLong")));
        if (string.IsNullOrWhiteSpace(d.Facts)) problems.Add(new("facts", UiText.Get("Notices.Error.FactsRequired")));
        else if (d.Facts.Trim().Length > 4000) problems.Add(new("facts", UiText.Get("Notices.Error.TooLong")));
        if (string.IsNullOrWhiteSpace(d.RequiredActions)) problems.Add(new("requiredActions", UiText.Get("Notices.Error.ActionsRequired")));
        else if (d.RequiredActions.Trim().Length > 4000) problems.Add(new("requiredActions", UiText.Get("Notices.Error.TooLong")));
        if (d.ReplyDeadline is not { } deadline || deadline <= ChinaTime.DayOf(Now))
            problems.Add(new("replyDeadline", UiText.Get("Notices.Error.DeadlineFuture")));
        return problems;
    }

    private static List<FieldError> CheckFiles(IReadOnlyList<UploadedFile> files, out List<NoticeAttachment> attachments)
    {
        attachments = [];
        var problems = new List<FieldError>();
        if (files.Count > AttachmentPolicy.MaxFiles) problems.Add(new("files", UiText.Format("Notices.Error.TooManyFiles", AttachmentPolicy.MaxFiles)));
        foreach (var f in files)
        {
            var (type, problem) = AttachmentPolicy.Check(f.FileName, f.Content.LongLength, f.Content.AsSpan(0, Math.Min(f.Content.Length, AttachmentPolicy.HeadBytes)));
            if (problem is not null) problems.Add(new("files", problem));
            else attachments.Add(new NoticeAttachment { FileName = AttachmentPolicy.SafeName(f.FileName), ContentType = type!, Size = f.Content.LongLength, Content = f.Content });
        }
        return problems;
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;

    private Task<SupervisionDbContext> OpenAsync(ClaimsPrincipal user, CancellationToken ct) => userDb.OpenAsync(user, ct);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
