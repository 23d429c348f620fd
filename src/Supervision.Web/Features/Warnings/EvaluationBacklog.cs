using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The records accepted but not yet judged (<see cref="AwaitingEvaluation"/>, written by the ingestion with each
/// record): an evaluation or a full sweep crosses them off; at start-up the ones a crash left are evaluated at once
/// instead of waiting for the next sweep.
/// </summary>
public sealed class EvaluationBacklog(IDbContextFactory<SupervisionDbContext> factory, IBackgroundJobClient jobs, TimeProvider time, ILogger<EvaluationBacklog> log)
{
    private const int Chunk = 500;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Crosses off the touched records accepted up to <paramref name="startedAt"/>, when their evaluation began.</summary>
    public async Task DoneAsync(IReadOnlyCollection<RecordTouch> touches, DateTime startedAt, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        foreach (var kind in touches.GroupBy(t => t.Kind))
        {
            var ids = kind.Select(t => t.Id).Distinct().ToList();
            await db.AwaitingEvaluations.Where(a => a.Kind == kind.Key && ids.Contains(a.RecordId) && a.AcceptedAt <= startedAt).ExecuteDeleteAsync(ct);
        }
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
        var left = await db.AwaitingEvaluations.AsNoTracking().Select(a => new { a.Kind, a.RecordId, a.Revised }).Distinct().ToListAsync(ct);
        foreach (var chunk in left.Select(a => new RecordTouch(a.Kind, a.RecordId, a.Revised)).Chunk(Chunk))
            jobs.Enqueue<WarningJobs>(j => j.EvaluateAsync(chunk, CancellationToken.None));
        if (left.Count > 0) log.LogInformation("Evaluating {Count} records accepted before the last stop but not yet judged", left.Count);
        return left.Count;
    }
}
