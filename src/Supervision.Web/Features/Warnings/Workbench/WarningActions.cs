using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>
/// People's actions on warnings: acknowledge, dismiss, snooze. Each call is all-or-nothing in one transaction, checks
/// the capability itself (the page hiding a button is not a guard), sees only what the person may see (a liaison's
/// scope), refuses to act on a warning that changed since the person looked at it, and is audited and published.
/// </summary>
public sealed class WarningActions(
    UserDb userDb,
    IAuthorizationService authorization,
    AuditLog audit,
    WarningStore store,
    WarningFeed feed,
    TimeProvider time)
{
    private enum Kind { Acknowledge, Dismiss, Snooze, Reopen }

    public Task<Outcome<IReadOnlyList<int>>> AcknowledgeAsync(IEnumerable<int> ids, string? comment, ClaimsPrincipal user, CancellationToken ct = default) =>
        AcknowledgeAsync(ids.Select(i => new WarningRef(i)), comment, user, ct);

    public Task<Outcome<IReadOnlyList<int>>> AcknowledgeAsync(IEnumerable<WarningRef> targets, string? comment, ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(Kind.Acknowledge, targets, comment, null, user, ct);

    public Task<Outcome<IReadOnlyList<int>>> DismissAsync(IEnumerable<int> ids, string? reason, ClaimsPrincipal user, CancellationToken ct = default) =>
        DismissAsync(ids.Select(i => new WarningRef(i)), reason, user, ct);

    public Task<Outcome<IReadOnlyList<int>>> DismissAsync(IEnumerable<WarningRef> targets, string? reason, ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(Kind.Dismiss, targets, reason, null, user, ct);

    public Task<Outcome<IReadOnlyList<int>>> SnoozeAsync(IEnumerable<int> ids, DateTime untilUtc, string? comment, ClaimsPrincipal user, CancellationToken ct = default) =>
        SnoozeAsync(ids.Select(i => new WarningRef(i)), untilUtc, comment, user, ct);

    public Task<Outcome<IReadOnlyList<int>>> SnoozeAsync(IEnumerable<WarningRef> targets, DateTime untilUtc, string? comment,
        ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(Kind.Snooze, targets, comment, untilUtc, user, ct);

    /// <summary>Supervisors open cleared or dismissed warnings again (e.g. an agency's correction they do not accept).</summary>
    public Task<Outcome<IReadOnlyList<int>>> ReopenAsync(IEnumerable<WarningRef> targets, string? reason, ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(Kind.Reopen, targets, reason, null, user, ct);

    private async Task<Outcome<IReadOnlyList<int>>> RunAsync(Kind kind, IEnumerable<WarningRef> targets, string? note, DateTime? untilUtc, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var supervises = kind is Kind.Dismiss or Kind.Reopen;
        if (!(await authorization.AuthorizeAsync(user, supervises ? Policies.Supervise : Policies.AcknowledgeWarnings)).Succeeded)
            return Outcome<IReadOnlyList<int>>.Refused(new FieldError("permission",
                UiText.Get(supervises ? "Warnings.Error.MayNotDismiss" : "Warnings.Error.MayNotAct")));

        var wanted = targets.GroupBy(t => t.Id).Select(g => g.First()).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var problems = new List<FieldError>();
        if (wanted.Count == 0) problems.Add(new FieldError("ids", UiText.Get("Warnings.Error.NoneSelected")));
        if (kind is Kind.Dismiss or Kind.Reopen && string.IsNullOrWhiteSpace(note)) problems.Add(new("reason", UiText.Get("Warnings.Error.ReasonRequired")));
        if (kind == Kind.Snooze && !(untilUtc > now)) problems.Add(new("until", UiText.Get("Warnings.Error.UntilPast")));
        if (problems.Count > 0) return Outcome<IReadOnlyList<int>>.Refused([.. problems]);

        var by = user.Identity?.Name ?? "?";
        var ids = wanted.Select(t => t.Id).ToList();
        try
        {
            await using var db = await userDb.OpenAsync(user, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var found = await db.Warnings.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
            var changes = new List<WarningChange>();
            foreach (var target in wanted)
            {
                // Not found and not visible read the same, as on the drill-downs.
                if (!found.TryGetValue(target.Id, out var w))
                {
                    problems.Add(new("ids", UiText.Format("Warnings.Error.NotFound", target.Id), target.Id));
                    continue;
                }
                // Already acknowledged (by someone else meanwhile, or in a mixed selection): nothing to do, and no second history line.
                if (kind == Kind.Acknowledge && w.Status == WarningStatus.Acknowledged) continue;
                if (target.Revision is { } seen && seen != w.Revision)
                {
                    problems.Add(new("revision", UiText.Format("Warnings.Error.ChangedSince", w.Id, WarningTerms.Of(w.Status), WarningTerms.Of(w.Level)), w.Id));
                    continue;
                }
                if (w.IsActive == (kind == Kind.Reopen))
                {
                    if (kind == Kind.Reopen)
                    {
                        problems.Add(new("status", UiText.Format("Warnings.Error.StillActive", WarningTerms.Of(w.Status)), w.Id));
                        continue;
                    }
                    problems.Add(new("status", UiText.Format("Warnings.Error.NotActive", w.Id, WarningTerms.Of(w.Status)), w.Id));
                    continue;
                }
                try
                {
                    changes.Add(kind switch
                    {
                        Kind.Acknowledge => w.Acknowledge(by, note, now),
                        Kind.Dismiss => w.Dismiss(by, note!.Trim(), now),
                        Kind.Reopen => w.Reopen(by, note!.Trim(), now),
                        _ => w.Snooze(by, untilUtc!.Value, note, now),
                    });
                }
                catch (WarningActionException e)
                {
                    // The checks above make this a race with another change; said in the reader's language, not the domain's Chinese.
                    problems.Add(new(e.Field, e.Field switch
                    {
                        "reason" => UiText.Get("Warnings.Error.ReasonRequired"),
                        "until" => UiText.Get("Warnings.Error.UntilPast"),
                        _ => UiText.Format("Warnings.Error.NotActive", w.Id, WarningTerms.Of(w.Status)),
                    }, w.Id));
                }
            }
            // All or nothing: one refused warning leaves every other as it was (the transaction is rolled back on dispose).
            if (problems.Count > 0) return Outcome<IReadOnlyList<int>>.Refused([.. problems]);
            if (changes.Count == 0) return Outcome<IReadOnlyList<int>>.Refused(new FieldError("status", UiText.Get("Warnings.Error.AlreadyAcknowledged")));
            ids = [.. changes.Select(c => c.Warning!.Id)];
            db.WarningChanges.AddRange(changes);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);

            var verb = kind switch { Kind.Acknowledge => "acknowledged", Kind.Dismiss => "dismissed", Kind.Reopen => "reopened", _ => "snoozed" };
            var detail = $"ids={string.Join(",", ids)}" + (untilUtc is { } u ? $"; until={u.ToString("O", CultureInfo.InvariantCulture)}" : "")
                + (string.IsNullOrWhiteSpace(note) ? "" : $"; note={note.Trim()}");
            await audit.WriteAsync($"warnings.{verb}", Target(ids), detail, actor: user, ct: ct);
            // After saving, so the history rows carry their ids.
            feed.Publish([.. changes.Select(store.News)]);
            return Outcome<IReadOnlyList<int>>.Done(ids);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The sweep or another person changed a row between reading and writing: nothing was saved; say which, never overwrite.
            return Outcome<IReadOnlyList<int>>.Refused(await ConflictsAsync(ids, user, ct));
        }
    }

    private async Task<FieldError[]> ConflictsAsync(List<int> ids, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var db = await userDb.OpenAsync(user, ct);
        var now = await db.Warnings.AsNoTracking().Where(w => ids.Contains(w.Id)).ToListAsync(ct);
        return [.. now.Select(w => new FieldError("revision", UiText.Format("Warnings.Error.ChangedSince", w.Id, WarningTerms.Of(w.Status), WarningTerms.Of(w.Level)), w.Id))];
    }

    private static string Target(List<int> ids) => ids.Count == 1 ? $"warning:{ids[0]}" : $"warnings:{ids.Count}";
}
