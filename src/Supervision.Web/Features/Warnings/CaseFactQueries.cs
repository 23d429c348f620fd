using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The fact queries of the case rules that also judge by receipt (case time limits, fines): like <see cref="FactQueries"/>,
/// each serves the full sweep (no subjects) and the evaluation of a burst of touched records (their ids).
/// </summary>
public static class CaseFactQueries
{
    /// <summary>
    /// Cases that can be past a limit: open and undecided for at least the decision period, decided and not yet served,
    /// or decided/served within the lookback or received within it (a late stage that did happen, or was reported late).
    /// </summary>
    /// <remarks>Given cases (<paramref name="caseIds"/>) are loaded whatever their state: a decision or service clears them.</remarks>
    public static async Task<List<CaseProgressFact>> CaseProgressAsync(SupervisionDbContext db, DateTime nowUtc, CaseTimeLimitOptions options,
        IReadOnlyCollection<int>? caseIds, CancellationToken ct)
    {
        var recent = FactQueries.WindowStartUtc(nowUtc, options.LookbackDays);
        if (caseIds is not null)
            return await FactQueries.ChunkedAsync(caseIds, async ids => await CaseProgressAsync(db, db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)),
                await LateReceiptsAsync(db, recent, ids, ct), ct));
        var filedBefore = nowUtc.AddDays(-options.DecisionDays);
        var late = await LateReceiptsAsync(db, recent, null, ct);
        var lateIds = late.Keys.Select(k => k.CaseId).Distinct().ToList();
        return await CaseProgressAsync(db, db.Cases.AsNoTracking().Where(c =>
            (c.DecidedAt == null && c.ClosedAt == null && c.FiledAt <= filedBefore)
            || (c.DecidedAt != null && c.ClosedAt == null && !db.CaseStages.Any(s => s.CaseId == c.Id && s.Stage == CaseStage.Served))
            || c.DecidedAt >= recent
            || db.CaseStages.Any(s => s.CaseId == c.Id && s.Stage == CaseStage.Served && s.OccurredAt >= recent)
            || lateIds.Contains(c.Id)), late, ct);
    }

    /// <summary>
    /// Decisions and services received since <paramref name="fromUtc"/> more than a day after they happened: the stages a
    /// window must also hold by receipt. One received within a day counts from its act (the windows are whole days, so at
    /// most their first day could differ), which keeps the receipts off the hundred thousand punctual stages of a city.
    /// </summary>
    private static async Task<Dictionary<(int CaseId, CaseStage Stage), DateTime>> LateReceiptsAsync(SupervisionDbContext db, DateTime fromUtc,
        int[]? caseIds, CancellationToken ct)
    {
        var stages = db.CaseStages.AsNoTracking().Where(s => s.Stage == CaseStage.Decided || s.Stage == CaseStage.Served);
        if (caseIds is null)
            return await stages.Where(s => s.ReceivedAt >= fromUtc && s.ReceivedAt > s.OccurredAt.AddDays(1))
                .Select(s => new { s.CaseId, s.Stage, ReceivedAt = s.ReceivedAt!.Value }).ToDictionaryAsync(s => (s.CaseId, s.Stage), s => s.ReceivedAt, ct);
        // A few cases: read by case and judged here (with the window in SQL, SQLite scanned the window's receipts instead).
        return (await stages.Where(s => caseIds.Contains(s.CaseId)).Select(s => new { s.CaseId, s.Stage, s.OccurredAt, s.ReceivedAt }).ToListAsync(ct))
            .Where(s => s.ReceivedAt is { } r && r >= fromUtc && r > s.OccurredAt.AddDays(1))
            .ToDictionary(s => (s.CaseId, s.Stage), s => s.ReceivedAt!.Value);
    }

    private static async Task<List<CaseProgressFact>> CaseProgressAsync(SupervisionDbContext db, IQueryable<Case> q,
        Dictionary<(int CaseId, CaseStage Stage), DateTime> late, CancellationToken ct)
    {
        var cases = (await q.Select(c => new
            {
                Fact = new CaseProgressFact(c.Id, c.Number, c.AgencyId, c.StreetId, c.FiledAt, c.DecidedAt,
                    db.CaseStages.Where(s => s.CaseId == c.Id && s.Stage == CaseStage.Served).Min(s => (DateTime?)s.OccurredAt), c.ClosedAt, null, null,
                    null, null),
            })
            .ToListAsync(ct))
            .Select(c => new
            {
                Fact = c.Fact with
                {
                    DecisionReceivedAt = late.TryGetValue((c.Fact.Id, CaseStage.Decided), out var d) ? d : null,
                    ServiceReceivedAt = late.TryGetValue((c.Fact.Id, CaseStage.Served), out var s) ? s : null,
                },
            })
            .ToList();
        // Extensions and suspensions only ever move a deadline later, so the filter above still finds every case that can be over.
        var moves = await CaseClocks.LoadAsync(db, q.Select(c => c.Id), ct);
        return [.. cases.Select(c => moves.TryGetValue(c.Fact.Id, out var m) ? c.Fact with { Suspensions = m.Suspensions, Extensions = m.Extensions } : c.Fact)];
    }

    /// <summary>
    /// Decided fines since <paramref name="fromUtc"/> (the peer window): all, the given matters' (a fine's peers), or only
    /// the given cases' (a fine against its benchmark); with the benchmarks of their matters.
    /// </summary>
    public static async Task<FineSnapshot> FinesAsync(SupervisionDbContext db, DateTime fromUtc, IReadOnlyCollection<int>? matterIds, CancellationToken ct,
        IReadOnlyCollection<int>? caseIds = null)
    {
        if (matterIds is null) return await FinesAsync(db, fromUtc, null, null, ct);
        var each = new List<FineSnapshot>();
        foreach (var chunk in matterIds.Distinct().Chunk(FactQueries.InChunk)) each.Add(await FinesAsync(db, fromUtc, chunk, caseIds, ct));
        return each.Count == 1 ? each[0] : new FineSnapshot([.. each.SelectMany(s => s.Fines)], [.. each.SelectMany(s => s.Benchmarks)]);
    }

    private static async Task<FineSnapshot> FinesAsync(SupervisionDbContext db, DateTime fromUtc, int[]? matterIds, IReadOnlyCollection<int>? caseIds,
        CancellationToken ct)
    {
        // Also decisions received in the window: a decision reported late is still judged.
        var late = (await LateReceiptsAsync(db, fromUtc, caseIds?.ToArray(), ct)).Where(r => r.Key.Stage == CaseStage.Decided)
            .ToDictionary(r => r.Key.CaseId, r => r.Value);
        var lateIds = late.Keys.ToList();
        var q = db.Cases.AsNoTracking().Where(c => (c.DecidedAt >= fromUtc || lateIds.Contains(c.Id)) && c.Fine != null && c.DiscretionLevel != null);
        if (matterIds is not null) q = q.Where(c => matterIds.Contains(c.MatterId));
        if (caseIds is not null) q = q.Where(c => caseIds.Contains(c.Id));
        var fines = (await q.Select(c => new FineFact(c.Id, c.Number, c.AgencyId, c.StreetId, c.MatterId, c.DiscretionLevel!.Value, c.FourList,
                c.Fine!.Value, c.DecidedAt!.Value, c.PartyId, null))
            .ToListAsync(ct))
            .Select(f => late.TryGetValue(f.CaseId, out var received) ? f with { DecisionReceivedAt = received } : f).ToList();
        var b = from x in db.DiscretionBenchmarks.AsNoTracking()
            join matter in db.Matters on x.MatterId equals matter.Id
            select new { x.MatterId, x.Level, x.MinFine, x.MaxFine, matter.StatutoryMinFine };
        if (matterIds is not null) b = b.Where(x => matterIds.Contains(x.MatterId));
        var benchmarks = (await b.ToListAsync(ct)).Select(x => new BenchmarkFact(x.MatterId, x.Level, x.MinFine, x.MaxFine, x.StatutoryMinFine)).ToList();
        return new FineSnapshot(fines, benchmarks);
    }
}
