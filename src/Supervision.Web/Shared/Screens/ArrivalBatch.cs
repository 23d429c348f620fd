using System.Collections.Concurrent;

namespace Supervision.Web.Shared.Screens;

/// <summary>
/// Records arriving from a feed, handed to a page in batches on its dispatcher: at once after a quiet spell, then at most
/// once per interval (half a second by default). At 50 records/s a live page renders its table and pulses its map
/// twice a second instead of fifty times, so a hundred open screens cost the server a hundred renders a second, not
/// five thousand. Construct it in OnInitialized (it takes the reader's culture from there); dispose it with the page.
/// </summary>
public sealed class ArrivalBatch<T> : IDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentQueue<T> _arrived = new();
    private readonly LiveRefresh _flush;

    /// <param name="time">The app's clock.</param>
    /// <param name="invoke">The component's InvokeAsync.</param>
    /// <param name="take">Takes what arrived since the last batch, oldest first; runs on the dispatcher.</param>
    /// <param name="interval">At most one batch this often.</param>
    public ArrivalBatch(TimeProvider time, Func<Func<Task>, Task> invoke, Action<IReadOnlyList<T>> take, TimeSpan? interval = null) =>
        _flush = new LiveRefresh(time, invoke, () =>
        {
            var batch = new List<T>();
            while (_arrived.TryDequeue(out var item)) batch.Add(item);
            if (batch.Count > 0) take(batch);
            return Task.CompletedTask;
        }, interval ?? DefaultInterval, Timeout.InfiniteTimeSpan);

    /// <summary>From any thread (a feed's subscription): queued, and a batch asked for.</summary>
    public void Add(T item)
    {
        _arrived.Enqueue(item);
        _flush.Request();
    }

    public void Dispose() => _flush.Dispose();
}
