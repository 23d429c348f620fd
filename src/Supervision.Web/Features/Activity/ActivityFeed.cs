using System.Threading.Channels;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Activity;

/// <summary>
/// The in-process stream of accepted changes (a <see cref="LiveFeed{T}"/>: screens subscribe, each with its own queue).
/// The SignalR relay drains a bounded queue of its own, so a slow or disconnected client can never hold up the ingestion
/// that publishes.
/// </summary>
public sealed class ActivityFeed(ILogger<ActivityFeed> log) : LiveFeed<ActivityEvent>(log)
{
    private long _sequence;
    private readonly Channel<ActivityEvent> _hub = BoundedQueue<ActivityEvent>();

    public ChannelReader<ActivityEvent> HubQueue => _hub.Reader;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Publish(ActivityEvent e)
    {
        Deliver(e);
        _hub.Writer.TryWrite(e);
    }

    /// <summary>
    /// An event another instance accepted: to this instance's screens only. Not to the hub queue, as the instance that
    /// accepted it has sent it to every hub client through the backplane already.
    /// </summary>
    public void PublishRemote(ActivityEvent e) => Deliver(e with { Sequence = NextSequence(), Remote = true });
}
