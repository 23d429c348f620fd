using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Tests.Hosting;
using Supervision.Web.Shared;

namespace Supervision.Tests.Shared;

/// <summary>
/// The one live feed: every subscriber has its own queue and loop, so the publisher (an ingestion request, a Hangfire
/// worker) never runs a subscriber, never waits for one, and one broken or slow subscriber never stops the others.
/// </summary>
public class LiveFeedTests
{
    private sealed class Feed(int? dropAfter = null) : LiveFeed<int>(NullLogger.Instance)
    {
        public void Publish(int item) => Deliver(item);

        public IDisposable SubscribeBounded(Action<int> handler) => Subscribe(handler, dropAfter ?? DefaultCapacity);
    }

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_throwing_subscriber_neither_fails_the_publisher_nor_stops_the_others_or_its_own_later_items()
    {
        var feed = new Feed();
        var good = new List<int>();
        var thrower = new List<int>();
        using var a = feed.Subscribe(i =>
        {
            lock (thrower) thrower.Add(i);
            throw new InvalidOperationException("a broken page");
        });
        using var b = feed.Subscribe(i => { lock (good) good.Add(i); });

        for (var i = 1; i <= 100; i++) feed.Publish(i);

        await Wait.UntilAsync(() => { lock (good) return good.Count == 100; }, Timeout, "every item reaches the good subscriber");
        await Wait.UntilAsync(() => { lock (thrower) return thrower.Count == 100; }, Timeout, "the thrower still gets its later items");
        lock (good) Assert.Equal(Enumerable.Range(1, 100), good);
    }

    [Fact]
    public async Task A_blocked_subscriber_holds_up_neither_the_publisher_nor_the_others_and_never_runs_on_the_publishers_thread()
    {
        var feed = new Feed();
        using var gate = new ManualResetEventSlim(false);
        var publisher = Environment.CurrentManagedThreadId;
        // Only while the publisher is inside Publish does its thread matter: afterwards the pool may lend the same thread
        // to a subscriber's loop, which is fine (a run of the suite once saw exactly that and failed a looser check).
        var publishing = 0;
        var onPublishersCall = 0;
        var slowCalls = 0;
        var others = 0;
        void Note()
        {
            if (Volatile.Read(ref publishing) == 1 && Environment.CurrentManagedThreadId == publisher) Interlocked.Increment(ref onPublishersCall);
        }
        using var slow = feed.Subscribe(_ =>
        {
            Note();
            Interlocked.Increment(ref slowCalls);
            gate.Wait(Timeout);
        });
        using var fast = feed.Subscribe(_ =>
        {
            Note();
            Interlocked.Increment(ref others);
        });

        Volatile.Write(ref publishing, 1);
        for (var i = 0; i < 1_000; i++) feed.Publish(i);
        Volatile.Write(ref publishing, 0);

        // Publishing finished while the slow subscriber was still stuck on its first item: nothing waited for it.
        Assert.False(gate.IsSet);
        await Wait.UntilAsync(() => Volatile.Read(ref others) == 1_000, Timeout, "the fast subscriber gets everything while the slow one is stuck");
        Assert.True(Volatile.Read(ref slowCalls) <= 1, $"the stuck subscriber ran {slowCalls} items");
        gate.Set();
        Assert.Equal(0, Volatile.Read(ref onPublishersCall));
    }

    [Fact]
    public async Task A_subscriber_behind_by_more_than_its_queue_loses_the_oldest_items_not_the_newest()
    {
        var feed = new Feed(dropAfter: 10);
        using var gate = new ManualResetEventSlim(false);
        var seen = new List<int>();
        using var first = new ManualResetEventSlim(false);
        using var s = feed.SubscribeBounded(i =>
        {
            first.Set();
            gate.Wait(Timeout);
            lock (seen) seen.Add(i);
        });

        feed.Publish(0);
        Assert.True(first.Wait(Timeout), "the first item is being handled");
        for (var i = 1; i <= 100; i++) feed.Publish(i);
        gate.Set();

        await Wait.UntilAsync(() => { lock (seen) return seen.Count == 11; }, Timeout, "the item in hand and a full queue are handled");
        lock (seen) Assert.Equal([0, .. Enumerable.Range(91, 10)], seen);
    }

    [Fact]
    public async Task Disposing_a_subscription_stops_its_items_and_only_its_own()
    {
        var feed = new Feed();
        var left = 0;
        var stayed = 0;
        var leaving = feed.Subscribe(_ => Interlocked.Increment(ref left));
        using var staying = feed.Subscribe(_ => Interlocked.Increment(ref stayed));
        Assert.Equal(2, feed.SubscriberCount);

        leaving.Dispose();
        for (var i = 0; i < 10; i++) feed.Publish(i);

        await Wait.UntilAsync(() => Volatile.Read(ref stayed) == 10, Timeout, "the remaining subscriber gets its items");
        Assert.Equal(0, Volatile.Read(ref left));
        Assert.Equal(1, feed.SubscriberCount);
    }
}
