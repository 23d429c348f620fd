using System.Threading.Channels;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The in-process stream of warning changes, like the activity feed (a <see cref="LiveFeed{T}"/>): components subscribe;
/// the hub relay and the webhooks drain bounded queues, so a slow client or an unreachable webhook never holds up the
/// evaluation that publishes.
/// </summary>
public sealed class WarningFeed(ILogger<WarningFeed> log) : LiveFeed<IReadOnlyList<WarningNews>>(log)
{
    private readonly Channel<WarningNews> _hub = BoundedQueue<WarningNews>();
    private readonly Channel<WarningNews> _webhooks = BoundedQueue<WarningNews>();

    public ChannelReader<WarningNews> HubQueue => _hub.Reader;

    public ChannelReader<WarningNews> WebhookQueue => _webhooks.Reader;

    public void Publish(IReadOnlyList<WarningNews> news)
    {
        if (news.Count == 0) return;
        Deliver(news);
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
        if (news.Count > 0) Deliver([.. news.Select(n => n with { Remote = true })]);
    }
}
