using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The writes whose records the warning rules have not all judged yet (<see cref="AwaitingEvaluation"/>, one row per
/// write). Each evaluation counts off the touches it judged against their row, and a row whose every record has been
/// judged is deleted by its key; a full sweep deletes every row from before it began; at start-up the rows a crash left
/// are evaluated at once instead of waiting for the next sweep. Deleting by key, in one statement per evaluation, keeps
/// the ingestion's single SQLite writer free (a delete per record searched by record cost a third of its throughput).
/// </summary>
public sealed class EvaluationBacklog(IDbContextFactory<SupervisionDbContext> factory, IBackgroundJobClient jobs, TimeProvider time, ILogger<EvaluationBacklog> log)
{
    private const int Chunk = 500;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _left = [];

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Counts the evaluated touches off their rows, and deletes the rows with nothing left.</summary>
    public async Task DoneAsync(IReadOnlyCollection<RecordTouch> touches, CancellationToken ct)
    {
        var done = touches.Where(t => t.Backlog > 0).DistinctBy(t => (t.Kind, t.Id, t.Revised, t.Backlog)).GroupBy(t => t.Backlog)
            .ToDictionary(g => g.Key, g => g.Count());
        if (done.Count == 0) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        var unknown = done.Keys.Where(id => { lock (_gate) return !_left.ContainsKey(id); }).ToList();
        var counts = unknown.Count == 0 ? [] : await db.AwaitingEvaluations.AsNoTracking().Where(a => unknown.Contains(a.Id))
            .Select(a => new { a.Id, a.Count }).ToDictionaryAsync(a => a.Id, a => a.Count, ct);
        var finished = new List<long>();
        lock (_gate)
        {
            foreach (var (id, count) in done)
            {
                if (!_left.TryGetValue(id, out var left))
                {
                    // Gone already (a sweep took it): nothing to count.
                    if (!counts.TryGetValue(id, out left)) continue;
                }
                left -= count;
                if (left > 0) _left[id] = left;
                else
                {
                    _left.Remove(id);
                    finished.Add(id);
                }
            }
        }
        if (finished.Count > 0) await db.AwaitingEvaluations.Where(a => finished.Contains(a.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>A full sweep judged everything accepted before it began.</summary>
    public async Task SweptAsync(DateTime startedAt, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.AwaitingEvaluations.Where(a => a.AcceptedAt <= startedAt).ExecuteDeleteAsync(ct);
    }

    /// <summary>Enqueues the evaluation of whatever is still awaiting one (at start-up: what the last run left behind).</summary>
    public async Task<int> RequeueAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.AwaitingEvaluations.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var touches = rows.SelectMany(r => Parse(r.Id, r.Touches)).ToList();
        foreach (var chunk in touches.Chunk(Chunk))
            jobs.Enqueue<WarningJobs>(j => j.EvaluateAsync(chunk, CancellationToken.None));
        if (touches.Count > 0) log.LogInformation("Evaluating {Count} records accepted before the last stop but not yet judged", touches.Count);
        return touches.Count;
    }

    private static IEnumerable<RecordTouch> Parse(long backlog, string touches) =>
        touches.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split(':')).Where(p => p.Length == 3).Select(p => new RecordTouch(
            (RecordKind)int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture), p[2] == "1", backlog));
}
