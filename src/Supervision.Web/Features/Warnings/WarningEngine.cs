using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>A record the ingestion accepted (kind as in the activity feed: inspection, case, rectification, complaint, measure), or a supervision notice that changed ("notice").</summary>
public sealed record RecordTouch(string Kind, int Id);

/// <summary>
/// Runs the rules against the database: a full sweep of one rule (every subject its window can see), or the evaluation
/// of just the subjects some incoming records touch. Both load facts with <see cref="FactQueries"/>, evaluate the pure
/// rules, and hand the findings to <see cref="WarningStore"/> under the rule's lock; changes go out on the feed.
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

    private delegate Task<IEnumerable<WarningFinding>> Finder(SupervisionDbContext db, WarningRuleSet rules, RuleSettings s, DateTime now, CancellationToken ct);

    private delegate Task<IEnumerable<WarningFinding>> SweepFinder(SupervisionDbContext db, WarningRuleSet rules, RuleSettings s, DateTime now, FactMemo memo,
        CancellationToken ct);

    /// <summary>
    /// Facts loaded once per sweep of all rules and shared by the rules that read the same table (the three inspection
    /// rules read the year's inspections; repeat and hotspot the cases; the two fine rules the fines): each loads the
    /// widest window any of them needs and filters its own.
    /// </summary>
    private sealed class FactMemo
    {
        private readonly Dictionary<string, object> _loaded = [];

        public async Task<T> GetAsync<T>(string key, Func<Task<T>> load) where T : notnull
        {
            if (_loaded.TryGetValue(key, out var hit)) return (T)hit;
            var value = await load();
            _loaded[key] = value;
            return value;
        }
    }

    /// <summary>Findings for several subjects of one rule at once, known by their ids (parties, inspections).</summary>
    private delegate Task<IEnumerable<WarningFinding>> BatchFinder(SupervisionDbContext db, WarningRuleSet rules, RuleSettings s, DateTime now,
        IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>One rule's subject that an incoming record touched; <see cref="Batch"/> answers many such subjects with one query.</summary>
    private sealed record Scoped(string RuleCode, string Subject, Finder Find, BatchFinder? Batch = null, int BatchId = 0);

    public Task<ApplyResult> SweepAsync(string ruleCode, CancellationToken ct = default) => SweepAsync(ruleCode, new FactMemo(), ct);

    private async Task<ApplyResult> SweepAsync(string ruleCode, FactMemo memo, CancellationToken ct)
    {
        var snapshot = settings.Current;
        var rules = settings.Rules;
        if (!rules.All.Any(r => r.Code == ruleCode)) throw new ArgumentException($"No rule {ruleCode}.", nameof(ruleCode));
        await using var held = await locks.AcquireAsync(ruleCode, LockTimeout, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var watch = Stopwatch.StartNew();
        try
        {
            IEnumerable<WarningFinding> findings;
            await using (var db = await factory.CreateDbContextAsync(ct))
                findings = (await FindAll(ruleCode)(db, rules, snapshot.Settings, now, memo, ct)).ToList();
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
        List<Scoped> scoped;
        await using (var db = await factory.CreateDbContextAsync(ct))
            scoped = await ScopeAsync(db, touches, ct);
        var news = new List<WarningNews>();
        foreach (var group in scoped.GroupBy(s => s.RuleCode))
        {
            var parts = group.DistinctBy(s => s.Subject).ToList();
            await using var held = await locks.AcquireAsync(group.Key, LockTimeout, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var findings = new List<WarningFinding>();
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                // Records arrive in bursts (a batch post, an import): the inspection rules answer the whole burst with
                // one query each. One query per subject held ingestion to a fraction of its speed, the evaluation
                // taking the CPU the writes needed.
                if (parts.Count > 1 && parts.All(p => p.Batch is not null))
                    findings.AddRange(await parts[0].Batch!(db, rules, snapshot.Settings, now, parts.Select(p => p.BatchId).ToList(), ct));
                else
                    foreach (var part in parts) findings.AddRange(await part.Find(db, rules, snapshot.Settings, now, ct));
            }
            var result = await store.ApplyAsync(group.Key, findings, EvaluationScope.Of(parts.Select(p => p.Subject)), now, ct);
            news.AddRange(result.News);
        }
        feed.Publish(news);
        return news;
    }

    private static SweepFinder FindAll(string code) => code switch
    {
        RepeatViolationRule.RuleCode => async (db, r, s, now, memo, ct) => r.RepeatViolation.Evaluate(await Violations(db, s, now, memo, ct), now),
        StreetHotspotRule.RuleCode => async (db, r, s, now, memo, ct) => r.StreetHotspot.Evaluate(await Violations(db, s, now, memo, ct), now),
        OverdueRectificationRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.OverdueRectification.Evaluate(await FactQueries.RectificationsAsync(db, now, null, ct), now),
        InspectionFrequencyRule.RuleCode => async (db, r, s, now, memo, ct) => r.InspectionFrequency.Evaluate(await Inspections(db, s, now, memo, ct), now),
        MultiAgencyInspectionRule.RuleCode => async (db, r, s, now, memo, ct) => r.MultiAgencyInspection.Evaluate(await Inspections(db, s, now, memo, ct), now),
        RepeatAfterJointRule.RuleCode => async (db, r, s, now, memo, ct) => r.RepeatAfterJoint.Evaluate(await Inspections(db, s, now, memo, ct), now),
        PreFilingRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.PreFiling.Evaluate(await FactQueries.PreFilingAsync(db, FactQueries.WindowStartUtc(now, s.PreFiling.LookbackDays), null, ct), now),
        CaseTimeLimitRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.CaseTimeLimit.Evaluate(await FactQueries.CaseProgressAsync(db, now, s.CaseTimeLimit, null, ct), now),
        EvidenceOfficersRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.EvidenceOfficers.Evaluate(await FactQueries.EvidenceAsync(db, FactQueries.WindowStartUtc(now, s.EvidenceOfficers.LookbackDays), null, ct), now),
        NightHolidayExecutionRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.NightHolidayExecution.Evaluate(await FactQueries.CompulsoryAsync(db, FactQueries.WindowStartUtc(now, s.NightHolidayExecution.LookbackDays), null, ct), now),
        FineBenchmarkRule.RuleCode => async (db, r, s, now, memo, ct) => r.FineBenchmark.Evaluate(await Fines(db, s, now, memo, ct), now),
        FinePeerRule.RuleCode => async (db, r, s, now, memo, ct) => r.FinePeer.Evaluate(await Fines(db, s, now, memo, ct), now),
        OverdueComplaintRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.OverdueComplaint.Evaluate(await FactQueries.ComplaintsAsync(db, now, null, ct), now),
        TrainingHoursRule.RuleCode => async (db, r, s, now, memo, ct) => r.TrainingHours.Evaluate(await FactQueries.OfficersAsync(db, ct), now),
        NoticeReplyOverdueRule.RuleCode => async (db, r, s, now, memo, ct) =>
            r.NoticeReplyOverdue.Evaluate(await FactQueries.NoticesAsync(db, now, null, ct), now),
        _ => throw new ArgumentException($"No finder for rule {code}.", nameof(code)),
    };

    private static Task<List<ViolationFact>> Violations(SupervisionDbContext db, RuleSettings s, DateTime now, FactMemo memo, CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(now, Math.Max(s.RepeatViolation.WindowDays, s.StreetHotspot.WindowDays));
        return memo.GetAsync($"violations:{from:O}", () => FactQueries.ViolationsAsync(db, from, null, null, null, ct));
    }

    private static Task<InspectionSnapshot> Inspections(SupervisionDbContext db, RuleSettings s, DateTime now, FactMemo memo, CancellationToken ct)
    {
        var yearStart = FactQueries.YearStartUtc(now);
        var windowStart = FactQueries.WindowStartUtc(now, s.MultiAgencyInspection.WindowDays);
        var from = windowStart < yearStart ? windowStart : yearStart;
        return memo.GetAsync($"inspections:{from:O}", () => FactQueries.InspectionsAsync(db, from, null, ct));
    }

    private static Task<FineSnapshot> Fines(SupervisionDbContext db, RuleSettings s, DateTime now, FactMemo memo, CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(now, Math.Max(s.FineBenchmark.LookbackDays, s.FinePeer.PeerWindowDays));
        return memo.GetAsync($"fines:{from:O}", () => FactQueries.FinesAsync(db, from, null, ct));
    }

    /// <summary>Which rules and subjects each touched record can change (docs/warnings.md "Evaluation of one record").</summary>
    private static async Task<List<Scoped>> ScopeAsync(SupervisionDbContext db, IReadOnlyCollection<RecordTouch> touches, CancellationToken ct)
    {
        var scoped = new List<Scoped>();
        var distinct = touches.Distinct().ToList();
        // The parties of all touched inspections in one query.
        var inspectionIds = distinct.Where(t => t.Kind == "inspection").Select(t => t.Id).ToList();
        var partyOfInspection = inspectionIds.Count == 0 ? [] : await db.Inspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id))
            .Select(i => new { i.Id, i.PartyId }).ToDictionaryAsync(i => i.Id, i => i.PartyId, ct);
        foreach (var t in distinct)
        {
            switch (t.Kind)
            {
                case "inspection":
                    if (!partyOfInspection.TryGetValue(t.Id, out var party)) break;
                    scoped.Add(new(InspectionFrequencyRule.RuleCode, $"{InspectionFrequencyRule.RuleCode}:party:{party}", async (db, r, s, now, ct) =>
                        r.InspectionFrequency.Evaluate(await FactQueries.InspectionsAsync(db, FactQueries.YearStartUtc(now), party, ct), now),
                        async (db, r, s, now, parties, ct) => r.InspectionFrequency.Evaluate(await FactQueries.InspectionsOfPartiesAsync(db, FactQueries.YearStartUtc(now), parties, ct), now),
                        party));
                    scoped.Add(new(MultiAgencyInspectionRule.RuleCode, $"{MultiAgencyInspectionRule.RuleCode}:party:{party}", async (db, r, s, now, ct) =>
                        r.MultiAgencyInspection.Evaluate(await FactQueries.InspectionsAsync(db, FactQueries.WindowStartUtc(now, s.MultiAgencyInspection.WindowDays), party, ct), now),
                        async (db, r, s, now, parties, ct) =>
                            r.MultiAgencyInspection.Evaluate(await FactQueries.InspectionsOfPartiesAsync(db, FactQueries.WindowStartUtc(now, s.MultiAgencyInspection.WindowDays), parties, ct), now),
                        party));
                    scoped.Add(new(RepeatAfterJointRule.RuleCode, $"{RepeatAfterJointRule.RuleCode}:party:{party}", async (db, r, s, now, ct) =>
                        r.RepeatAfterJoint.Evaluate(await FactQueries.InspectionsAsync(db, FactQueries.YearStartUtc(now), party, ct), now),
                        async (db, r, s, now, parties, ct) => r.RepeatAfterJoint.Evaluate(await FactQueries.InspectionsOfPartiesAsync(db, FactQueries.YearStartUtc(now), parties, ct), now),
                        party));
                    var inspectionId = t.Id;
                    scoped.Add(new(PreFilingRule.RuleCode, $"{PreFilingRule.RuleCode}:inspection:{inspectionId}", async (db, r, s, now, ct) =>
                        r.PreFiling.Evaluate(await FactQueries.PreFilingAsync(db, FactQueries.WindowStartUtc(now, s.PreFiling.LookbackDays), inspectionId, ct), now),
                        async (db, r, s, now, ids, ct) => r.PreFiling.Evaluate(await FactQueries.PreFilingOfAsync(db, FactQueries.WindowStartUtc(now, s.PreFiling.LookbackDays), ids, ct), now),
                        inspectionId));
                    break;
                case "case":
                    var c = await db.Cases.AsNoTracking().Where(x => x.Id == t.Id).Select(x => new { x.Id, x.PartyId, x.MatterId, x.StreetId }).FirstOrDefaultAsync(ct);
                    if (c is null) break;
                    scoped.Add(new(RepeatViolationRule.RuleCode, $"{RepeatViolationRule.RuleCode}:party:{c.PartyId}:matter:{c.MatterId}", async (db, r, s, now, ct) =>
                        r.RepeatViolation.Evaluate(await FactQueries.ViolationsAsync(db, FactQueries.WindowStartUtc(now, s.RepeatViolation.WindowDays), c.PartyId, null, c.MatterId, ct), now)));
                    scoped.Add(new(StreetHotspotRule.RuleCode, $"{StreetHotspotRule.RuleCode}:street:{c.StreetId}:matter:{c.MatterId}", async (db, r, s, now, ct) =>
                        r.StreetHotspot.Evaluate(await FactQueries.ViolationsAsync(db, FactQueries.WindowStartUtc(now, s.StreetHotspot.WindowDays), null, c.StreetId, c.MatterId, ct), now)));
                    scoped.Add(new(CaseTimeLimitRule.RuleCode, $"{CaseTimeLimitRule.RuleCode}:case:{c.Id}", async (db, r, s, now, ct) =>
                        r.CaseTimeLimit.Evaluate(await FactQueries.CaseProgressAsync(db, now, s.CaseTimeLimit, c.Id, ct), now)));
                    scoped.Add(new(EvidenceOfficersRule.RuleCode, $"{EvidenceOfficersRule.RuleCode}:case:{c.Id}", async (db, r, s, now, ct) =>
                        r.EvidenceOfficers.Evaluate(await FactQueries.EvidenceAsync(db, FactQueries.WindowStartUtc(now, s.EvidenceOfficers.LookbackDays), c.Id, ct), now)));
                    scoped.Add(new(FineBenchmarkRule.RuleCode, $"{FineBenchmarkRule.RuleCode}:case:{c.Id}", async (db, r, s, now, ct) =>
                        r.FineBenchmark.Evaluate(await FactQueries.FinesAsync(db, FactQueries.WindowStartUtc(now, s.FineBenchmark.LookbackDays), c.MatterId, ct), now)));
                    // Its peers are the matter's other fines: the whole matter is loaded, only this case is judged.
                    scoped.Add(new(FinePeerRule.RuleCode, $"{FinePeerRule.RuleCode}:case:{c.Id}", async (db, r, s, now, ct) =>
                        r.FinePeer.Evaluate(await FactQueries.FinesAsync(db, FactQueries.WindowStartUtc(now, s.FinePeer.PeerWindowDays), c.MatterId, ct), now)));
                    break;
                case "rectification":
                    var orderId = t.Id;
                    scoped.Add(new(OverdueRectificationRule.RuleCode, $"{OverdueRectificationRule.RuleCode}:order:{orderId}", async (db, r, s, now, ct) =>
                        r.OverdueRectification.Evaluate(await FactQueries.RectificationsAsync(db, now, orderId, ct), now)));
                    break;
                case "measure":
                    var measureId = t.Id;
                    scoped.Add(new(NightHolidayExecutionRule.RuleCode, $"{NightHolidayExecutionRule.RuleCode}:measure:{measureId}", async (db, r, s, now, ct) =>
                        r.NightHolidayExecution.Evaluate(await FactQueries.CompulsoryAsync(db, FactQueries.WindowStartUtc(now, s.NightHolidayExecution.LookbackDays), measureId, ct), now)));
                    break;
                case "complaint":
                    var complaintId = t.Id;
                    scoped.Add(new(OverdueComplaintRule.RuleCode, $"{OverdueComplaintRule.RuleCode}:complaint:{complaintId}", async (db, r, s, now, ct) =>
                        r.OverdueComplaint.Evaluate(await FactQueries.ComplaintsAsync(db, now, complaintId, ct), now)));
                    break;
                case "notice":
                    // Published by the notices feature after an issue, a reply, a closing or a send-back.
                    var noticeId = t.Id;
                    scoped.Add(new(NoticeReplyOverdueRule.RuleCode, $"{NoticeReplyOverdueRule.RuleCode}:notice:{noticeId}", async (db, r, s, now, ct) =>
                        r.NoticeReplyOverdue.Evaluate(await FactQueries.NoticesAsync(db, now, noticeId, ct), now)));
                    break;
            }
        }
        return scoped;
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
