using System.Threading.Channels;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The in-process stream of warning changes, like the activity feed: components subscribe to <see cref="Published"/>
/// (and call InvokeAsync(StateHasChanged)); the hub relay and the webhooks drain bounded queues, so a slow client or
/// an unreachable webhook never holds up the evaluation that publishes.
/// </summary>
public sealed class WarningFeed(ILogger<WarningFeed> log)
{
    private readonly Channel<WarningNews> _hub = Bounded();
    private readonly Channel<WarningNews> _webhooks = Bounded();

    public event Action<IReadOnlyList<WarningNews>>? Published;

    public ChannelReader<WarningNews> HubQueue => _hub.Reader;

    public ChannelReader<WarningNews> WebhookQueue => _webhooks.Reader;

    public void Publish(IReadOnlyList<WarningNews> news)
    {
        if (news.Count == 0) return;
        Raise(news);
        foreach (var n in news)
        {
            _hub.Writer.TryWrite(n);
            _webhooks.Writer.TryWrite(n);
        }
    }

    /// <summary>
    /// Changes another instance made (Features/ScaleOut): to this instance's screens only. The hub clients and the
    /// webhook subscribers have them from the instance that made them; sending them again would double them.
    /// </summary>
    public void PublishRemote(IReadOnlyList<WarningNews> news)
    {
        if (news.Count > 0) Raise([.. news.Select(n => n with { Remote = true })]);
    }

    private void Raise(IReadOnlyList<WarningNews> news)
    {
        foreach (var handler in Published?.GetInvocationList().Cast<Action<IReadOnlyList<WarningNews>>>() ?? [])
        {
            try
            {
                handler(news);
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "A warning subscriber failed");
            }
        }
    }

    private static Channel<WarningNews> Bounded() => Channel.CreateBounded<WarningNews>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });
}
