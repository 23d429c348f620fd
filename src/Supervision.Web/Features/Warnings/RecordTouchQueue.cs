using System.Threading.Channels;
using Hangfire;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// Gathers the records the ingestion accepts (from the activity feed) and enqueues one evaluation job per short batch,
/// so a new warning reaches the screens within seconds of the record that caused it.
/// </summary>
public sealed class RecordTouchQueue(ActivityFeed activity, IBackgroundJobClient jobs, IOptions<WarningOptions> options, ILogger<RecordTouchQueue> log)
    : BackgroundService
{
    private const int MaxBatch = 500;

    private readonly Channel<RecordTouch> _touches = Channel.CreateBounded<RecordTouch>(new BoundedChannelOptions(100_000)
    {
        // Dropping a touch only delays its warning to the next sweep.
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    private int _inHand;

    /// <summary>
    /// Touches gathered but not yet handed to an evaluation job (queued, or read and being enqueued): with no job enqueued
    /// or running either, everything accepted so far has been evaluated (the ingestion benchmark waits for that).
    /// </summary>
    public int Pending => _touches.Reader.Count + Volatile.Read(ref _inHand);

    private IDisposable? _subscription;

    public override Task StartAsync(CancellationToken ct)
    {
        _subscription = activity.Subscribe(OnActivity, capacity: 100_000);
        return base.StartAsync(ct);
    }

    public override Task StopAsync(CancellationToken ct)
    {
        _subscription?.Dispose();
        return base.StopAsync(ct);
    }

    private void OnActivity(ActivityEvent e)
    {
        // A record accepted by another instance is evaluated there: queuing it here too would evaluate it twice.
        if (e.RecordId > 0 && !e.Remote && RecordTouch.KindOfActivity(e.Kind) is { } kind)
            _touches.Writer.TryWrite(new RecordTouch(kind, e.RecordId, e.Action == "updated", e.Backlog));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.Value.BatchMilliseconds);
        while (await _touches.Reader.WaitToReadAsync(stoppingToken))
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, stoppingToken);
            var batch = new HashSet<RecordTouch>();
            Volatile.Write(ref _inHand, 1);
            while (batch.Count < MaxBatch && _touches.Reader.TryRead(out var t)) batch.Add(t);
            try
            {
                jobs.Enqueue<WarningJobs>(j => j.EvaluateAsync(batch.ToArray(), CancellationToken.None));
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Could not enqueue the evaluation of {Count} records; the next sweep covers them", batch.Count);
            }
            finally
            {
                Volatile.Write(ref _inHand, 0);
            }
        }
    }
}
