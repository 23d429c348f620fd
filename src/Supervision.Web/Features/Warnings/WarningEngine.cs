using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings.Rules;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// Runs the rules against the database: a full sweep of one rule (every subject its window can see), or the evaluation
/// of just the subjects some incoming records touch. Both go through each rule's binding (<see cref="RuleBindings"/>),
/// which loads the facts and evaluates the pure rule, and hand the findings to <see cref="WarningStore"/> under the rule's lock; changes go out on the feed.
/// </summary>
public sealed class WarningEngine(
    IDbContextFactory<SupervisionDbContext> factory,
    WarningSettings settings,
    WarningStore store,
    RuleLocks locks,
    WarningFeed feed,
    TimeProvider time,
    ILogger<WarningEngine> log)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    public Task<ApplyResult> SweepAsync(string ruleCode, CancellationToken ct = default) => SweepAsync(ruleCode, new FactMemo(), ct);

    private async Task<ApplyResult> SweepAsync(string ruleCode, FactMemo memo, CancellationToken ct)
    {
        var snapshot = settings.Current;
        var rules = settings.Rules;
        var binding = RuleBindings.Of(ruleCode);
        await using var held = await locks.AcquireAsync(ruleCode, LockTimeout, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var watch = Stopwatch.StartNew();
        try
        {
            IReadOnlyList<WarningFinding> findings;
            await using (var db = await factory.CreateDbContextAsync(ct))
                findings = await WarningNames.RenderAsync(db, await binding.SweepAsync(new RuleContext(db, rules, snapshot.Settings, now, memo), ct), ct);
            var result = await store.ApplyAsync(ruleCode, findings, EvaluationScope.Everything, now, ct);
            await RecordRunAsync(ruleCode, now, watch.Elapsed.TotalSeconds, result, null, ct);
            feed.Publish(result.News);
            log.LogInformation("Swept {Rule} in {Seconds:0.00} s: {Findings} found, {Raised} raised, {Escalated} escalated, {Resolved} resolved",
                ruleCode, watch.Elapsed.TotalSeconds, result.Findings, result.Raised, result.Escalated, result.Resolved);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordRunAsync(ruleCode, now, watch.Elapsed.TotalSeconds, null, ex.Message, CancellationToken.None);
            throw;
        }
    }

    public async Task<IReadOnlyList<ApplyResult>> SweepAllAsync(CancellationToken ct = default)
    {
        var results = new List<ApplyResult>();
        var memo = new FactMemo();
        foreach (var rule in settings.Rules.All) results.Add(await SweepAsync(rule.Code, memo, ct));
        return results;
    }

    /// <summary>Evaluates only what these records can change, rule by rule; returns what changed.</summary>
    public async Task<IReadOnlyList<WarningNews>> EvaluateAsync(IReadOnlyCollection<RecordTouch> touches, CancellationToken ct = default)
    {
        var snapshot = settings.Current;
        var rules = settings.Rules;
        List<RuleScope> scopes;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var touched = await TouchedRecords.LoadAsync(db, touches, ct);
            scopes = [.. RuleBindings.All.Select(b => b.ScopeOf(touched)).OfType<RuleScope>()];
        }
        var news = new List<WarningNews>();
        // One memo for the burst: the rules reading the same facts (the three inspection rules) load them once, as in a sweep of all.
        var memo = new FactMemo();
        foreach (var scope in scopes)
        {
            await using var held = await locks.AcquireAsync(scope.RuleCode, LockTimeout, ct);
            var now = time.GetUtcNow().UtcDateTime;
            IReadOnlyList<WarningFinding> findings;
            // Records arrive in bursts (a batch post, an import): each binding answers the whole burst at once, the
            // inspection rules with one query each. One query per subject held ingestion to a fraction of its speed,
            // the evaluation taking the CPU the writes needed.
            await using (var db = await factory.CreateDbContextAsync(ct))
                findings = await WarningNames.RenderAsync(db, await scope.FindAsync(new RuleContext(db, rules, snapshot.Settings, now, memo), ct), ct);
            // Cleared by a resend that changed the agency's own record: said so, for the supervisor who may not accept it (Warning.Reopen).
            var corrected = touches.Any(t => t.Revised) ? $"经单位于{Domain.Calendar.ChineseDates.Minute(now)}更正记录后不再成立，如不认可可重新打开" : null;
            var result = await store.ApplyAsync(scope.RuleCode, findings, EvaluationScope.Of(scope.Subjects), now, ct, corrected);
            news.AddRange(result.News);
        }
        feed.Publish(news);
        return news;
    }

    private async Task RecordRunAsync(string ruleCode, DateTime startedAt, double seconds, ApplyResult? result, string? error, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var run = await db.WarningRuleRuns.FindAsync([ruleCode], ct);
        if (run is null) db.WarningRuleRuns.Add(run = new RuleRun { RuleCode = ruleCode });
        if (result is null)
        {
            run.Error = error is { Length: > 2000 } ? error[..2000] : error;
            run.FailedAt = startedAt;
        }
        else
        {
            run.StartedAt = startedAt;
            run.FinishedAt = time.GetUtcNow().UtcDateTime;
            run.Seconds = seconds;
            run.Findings = result.Findings;
            run.Raised = result.Raised;
            run.Escalated = result.Escalated;
            run.Resolved = result.Resolved;
            run.Error = null;
            run.FailedAt = null;
        }
        await db.SaveChangesAsync(ct);
    }
}
