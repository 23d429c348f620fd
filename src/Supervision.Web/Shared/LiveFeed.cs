using System.Collections.Immutable;
using System.Threading.Channels;

namespace Supervision.Web.Shared;

/// <summary>
/// The one in-process stream the live features share (activity, warnings, notices, export progress). A subscriber
/// gets an <see cref="IDisposable"/> (the pattern of eShop's OrderStatusNotificationService) and a bounded queue of its
/// own, drained by its own loop: publishing only writes into the queues, so a slow or throwing subscriber never runs
/// on, nor holds up, the ingestion request or the worker that publishes, and never stops the other subscribers. When a
/// subscriber falls behind by more than its queue holds, its oldest items are dropped: live screens catch up on their
/// next refresh, and the one subscriber that must see every item (the warning evaluation's touch queue) asks for a
/// queue as large as its own.
/// </summary>
public class LiveFeed<T>(ILogger log)
{
    /// <summary>Items a subscriber may be behind before its oldest are dropped.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly ILogger _log = log;
    private ImmutableArray<Subscription> _subscriptions = [];

    /// <summary>How many subscribe now (for tests and diagnostics).</summary>
    public int SubscriberCount => _subscriptions.Length;

    public IDisposable Subscribe(Action<T> handler, int capacity = DefaultCapacity) => Subscribe(item =>
    {
        handler(item);
        return Task.CompletedTask;
    }, capacity);

    public IDisposable Subscribe(Func<T, Task> handler, int capacity = DefaultCapacity)
    {
        var subscription = new Subscription(this, handler, capacity);
        ImmutableInterlocked.Update(ref _subscriptions, (all, s) => all.Add(s), subscription);
        subscription.Start();
        return subscription;
    }

    /// <summary>Hands the item to every subscriber's queue; returns without running any of them.</summary>
    protected void Deliver(T item)
    {
        foreach (var s in _subscriptions) s.Offer(item);
    }

    /// <summary>A bounded drop-oldest queue with one reader, for the hub relays and the webhooks.</summary>
    protected static Channel<TItem> BoundedQueue<TItem>(int capacity = DefaultCapacity) =>
        Channel.CreateBounded<TItem>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private void Remove(Subscription s) => ImmutableInterlocked.Update(ref _subscriptions, (all, x) => all.Remove(x), s);

    private sealed class Subscription(LiveFeed<T> feed, Func<T, Task> handler, int capacity) : IDisposable
    {
        private readonly Channel<T> _queue = BoundedQueue<T>(capacity);
        private int _dropping;
        private volatile bool _disposed;

        public void Start() => _ = Task.Run(DrainAsync);

        public void Offer(T item)
        {
            // TryWrite on a full drop-oldest queue succeeds by dropping the oldest; the count tells whether it had to.
            if (_queue.Reader.Count >= capacity && Interlocked.Exchange(ref _dropping, 1) == 0)
                feed._log.LogWarning("A {Feed} subscriber is {Capacity} items behind; its oldest items are dropped", typeof(T).Name, capacity);
            _queue.Writer.TryWrite(item);
        }

        private async Task DrainAsync()
        {
            await foreach (var item in _queue.Reader.ReadAllAsync())
            {
                // What was queued before the subscriber left is not handed to it afterwards (a disposed page).
                if (_disposed) continue;
                try
                {
                    await handler(item);
                }
                catch (Exception ex)
                {
                    // One broken subscriber must not stop its own later items, the others, or the publisher.
                    feed._log.LogWarning(ex, "A {Feed} subscriber failed", typeof(T).Name);
                }
                if (_queue.Reader.Count == 0) Interlocked.Exchange(ref _dropping, 0);
            }
        }

        public void Dispose()
        {
            _disposed = true;
            feed.Remove(this);
            _queue.Writer.TryComplete();
        }
    }
}
