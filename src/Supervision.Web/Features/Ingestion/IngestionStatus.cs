using Supervision.Web.Shared;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Whether the ingestion is refusing records (a 503 for a full, locked or missing database) or a health check fails:
/// the overview and the wall show a banner from it (<see cref="IngestionBanner"/>), the feed-health panel its count.
/// Changes are published on the <see cref="LiveFeed{T}"/> so that screens update without polling.
/// </summary>
public sealed class IngestionStatus(TimeProvider time, ILogger<IngestionStatus> log) : LiveFeed<IngestionState>(log)
{
    /// <summary>How long a refusal keeps the banner up after the last one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Queue<DateTime> _refusals = new();
    private int _total;
    private IReadOnlyList<string> _failing = [];

    public IngestionState Current
    {
        get
        {
            lock (_gate) return Snapshot(time.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>A request refused because the database could not take it.</summary>
    public void Refused()
    {
        IngestionState state;
        lock (_gate)
        {
            var now = time.GetUtcNow().UtcDateTime;
            _refusals.Enqueue(now);
            _total++;
            state = Snapshot(now);
        }
        Deliver(state);
    }

    /// <summary>The health checks that fail now (none when all pass); publishes a change, including the end of a refusal window.</summary>
    public void Checked(IReadOnlyList<string> failing)
    {
        IngestionState before, after;
        lock (_gate)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var recently = _refusals.Count;
            before = Snapshot(now) with { RefusedRecently = recently, FailingChecks = _failing };
            _failing = failing;
            after = Snapshot(now);
        }
        if (after.RefusedRecently != before.RefusedRecently || !after.FailingChecks.SequenceEqual(before.FailingChecks)) Deliver(after);
    }

    private IngestionState Snapshot(DateTime now)
    {
        while (_refusals.TryPeek(out var at) && at < now - Window) _refusals.Dequeue();
        return new IngestionState(_refusals.Count, _total, _refusals.Count > 0 ? _refusals.Last() : null, _failing);
    }
}
