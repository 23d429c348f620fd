using System.Threading.Channels;

namespace Supervision.Web.Features.Activity;

/// <summary>
/// The in-process stream of accepted changes. Blazor components subscribe to <see cref="Published"/> (and call
/// InvokeAsync(StateHasChanged)); the SignalR relay drains a bounded queue, so a slow or disconnected client can never
/// hold up the ingestion that publishes.
/// </summary>
public sealed class ActivityFeed(ILogger<ActivityFeed> log)
{
    private long _sequence;
    private readonly Channel<ActivityEvent> _hub = Channel.CreateBounded<ActivityEvent>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    public event Action<ActivityEvent>? Published;

    public ChannelReader<ActivityEvent> HubQueue => _hub.Reader;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Publish(ActivityEvent e)
    {
        Raise(e);
        _hub.Writer.TryWrite(e);
    }

    /// <summary>
    /// An event another instance accepted: to this instance's screens only. Not to the hub queue, as the instance that
    /// accepted it has sent it to every hub client through the backplane already.
    /// </summary>
    public void PublishRemote(ActivityEvent e) => Raise(e with { Sequence = NextSequence(), Remote = true });

    private void Raise(ActivityEvent e)
    {
        foreach (var handler in Published?.GetInvocationList().Cast<Action<ActivityEvent>>() ?? [])
        {
            try
            {
                handler(e);
            }
            catch (Exception ex)
            {
                // One broken subscriber must not stop the others or the publisher.
                log.LogWarning(ex, "An activity subscriber failed");
            }
        }
    }
}
