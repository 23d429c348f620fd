using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// Turns a rule's findings into warning state: one row per subject key, upserted; warnings in scope that were not found
/// are cleared. The writes of a call are one transaction; the reads before them take no write lock (on SQLite a
/// transaction opened first held every writer, the ingestion's too, for the whole read). Nothing else writes a rule's
/// warnings meanwhile but a person's action (<see cref="RuleLocks"/> keeps other evaluations of the rule out): their
/// concurrent action (the row's revision changed) makes it start over from fresh rows rather than overwrite what they did.
/// </summary>
public sealed class WarningStore(IDbContextFactory<SupervisionDbContext> factory, RuleCatalogue catalogue, ILogger<WarningStore> log)
{
    private const int KeyChunk = 400;

    /// <param name="clearedBecause">Why warnings not found again cleared, when the caller knows better than "not found again" (an agency's correction).</param>
    public async Task<ApplyResult> ApplyAsync(string ruleCode, IEnumerable<WarningFinding> findings, EvaluationScope scope, DateTime nowUtc,
        CancellationToken ct = default, string? clearedBecause = null)
    {
        var found = new Dictionary<string, WarningFinding>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (f.RuleCode != ruleCode) throw new ArgumentException($"Finding {f.SubjectKey} is not from rule {ruleCode}.", nameof(findings));
            if (scope.Covers(f.SubjectKey)) found.TryAdd(f.SubjectKey, f);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(ruleCode, found, scope, nowUtc, clearedBecause, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                log.LogInformation("Warnings of {Rule} changed while being evaluated; applying again (attempt {Attempt})", ruleCode, attempt + 1);
            }
        }
    }

    private const int PerSubjectQueries = 20;

    /// <summary><see cref="EvaluationScope.Covers"/> for many subjects: the key itself or one of its prefixes ending at a ':'.</summary>
    private static bool Covers(HashSet<string> subjects, string key)
    {
        if (subjects.Contains(key)) return true;
        for (var i = key.IndexOf(':'); i > 0; i = key.IndexOf(':', i + 1))
            if (subjects.Contains(key[..i])) return true;
        return false;
    }

    private async Task<ApplyResult> ApplyOnceAsync(string ruleCode, Dictionary<string, WarningFinding> found, EvaluationScope scope, DateTime nowUtc,
        string? clearedBecause, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var known = new Dictionary<string, Warning>(StringComparer.Ordinal);
        // Whatever could be cleared (not already cleared) inside the scope …
        var clearable = db.Warnings.Include(w => w.Links).Where(w => w.RuleCode == ruleCode && w.ResolvedAt == null);
        if (scope.Subjects is { Count: <= PerSubjectQueries } subjects)
        {
            foreach (var s in subjects)
            {
                var prefix = s + ":";
                foreach (var w in await clearable.Where(w => w.SubjectKey == s || w.SubjectKey.StartsWith(prefix)).ToListAsync(ct))
                    known.TryAdd(w.SubjectKey, w);
            }
        }
        else
        {
            if (scope.Subjects is null)
                foreach (var w in await clearable.ToListAsync(ct)) known[w.SubjectKey] = w;
            else
            {
                // A burst of incoming records: which of the rule's uncleared warnings are in scope is decided on their keys
                // alone (one light query), and only those are loaded whole. One query per subject cost a burst of 500
                // inspections some 2,000 round trips; loading every warning of the rule whole, thousands of rows.
                var inScope = new HashSet<string>(scope.Subjects, StringComparer.Ordinal);
                var ids = (await clearable.AsNoTracking().Select(w => new { w.Id, w.SubjectKey }).ToListAsync(ct))
                    .Where(w => Covers(inScope, w.SubjectKey)).Select(w => w.Id).ToList();
                foreach (var chunk in ids.Chunk(KeyChunk))
                    foreach (var w in await clearable.Where(w => chunk.Contains(w.Id)).ToListAsync(ct)) known[w.SubjectKey] = w;
            }
        }
        // … and whatever was found, cleared before or not.
        var missing = found.Keys.Where(k => !known.ContainsKey(k)).ToList();
        foreach (var chunk in missing.Chunk(KeyChunk))
        {
            foreach (var w in await db.Warnings.Include(w => w.Links).Where(w => chunk.Contains(w.SubjectKey)).ToListAsync(ct))
                known[w.SubjectKey] = w;
        }

        var changes = new List<WarningChange>();
        int raised = 0, escalated = 0, resolved = 0;
        foreach (var (key, finding) in found)
        {
            if (known.TryGetValue(key, out var warning))
            {
                if (warning.Observe(finding, nowUtc) is { } change)
                {
                    changes.Add(change);
                    if (change.Kind is WarningChangeKind.Escalated or WarningChangeKind.Reopened) escalated++;
                }
            }
            else
            {
                var (created, change) = Warning.Raise(finding, nowUtc);
                db.Warnings.Add(created);
                changes.Add(change);
                raised++;
            }
        }
        var reason = clearedBecause ?? $"规则复核（{Domain.Calendar.ChineseDates.Minute(nowUtc)}）未再发现该情形";
        foreach (var (key, warning) in known)
        {
            if (found.ContainsKey(key) || !scope.Covers(key)) continue;
            if (warning.Clear(nowUtc, reason) is { } change)
            {
                changes.Add(change);
                resolved++;
            }
        }
        if (scope.IsEverything)
        {
            // Snoozes that ran out while nothing else happened to the warning.
            foreach (var w in await db.Warnings.Where(w => w.RuleCode == ruleCode && w.Status == WarningStatus.Snoozed && w.SnoozedUntil <= nowUtc)
                         .ToListAsync(ct))
            {
                if (w.Wake(nowUtc) is { } change) changes.Add(change);
            }
        }
        db.WarningChanges.AddRange(changes);
        // One transaction (SaveChanges' own), taken only now.
        await db.SaveChangesAsync(ct);
        return new ApplyResult(found.Count, raised, escalated, resolved, changes.Select(News).ToList());
    }

    public WarningNews News(WarningChange c)
    {
        var w = c.Warning!;
        return new WarningNews(w.Id, w.RuleCode, catalogue.NameOf(w.RuleCode), c.Kind, c.Level, c.Status, w.Title, w.Detail, w.AgencyId, w.StreetId,
            c.At, c.By);
    }
}
