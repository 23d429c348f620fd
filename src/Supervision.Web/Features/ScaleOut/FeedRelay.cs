using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Exports;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Hosting;

namespace Supervision.Web.Features.ScaleOut;

/// <summary>
/// Joins the in-process feeds of several app instances over Redis pub/sub. The Blazor screens (overview, wall, map,
/// workbench, notices, exports) subscribe to singletons in their own process, not to the SignalR hub; so what
/// instance A accepts or changes must also be raised on B's feeds, or a wall screen connected to B never shows it.
///
/// Every event raised locally goes to the channel; every event from another instance is raised on the local feed
/// marked Remote, where the screens show it but nothing acts on it again: the hub relays and the webhooks forward only
/// local events (the SignalR backplane already carries A's hub messages to B's clients), and the warning evaluation of
/// an incoming record runs only on the instance that accepted it (<see cref="RecordTouchQueue"/>). Rule settings saved on
/// one instance make the others reload theirs.
///
/// Sending goes through a bounded queue drained here, so ingestion never waits on Redis; while Redis is away events
/// for the other instances are dropped (their screens catch up on their next refresh) and logged once per outage.
/// </summary>
public sealed class FeedRelay(
    RedisConnection redis,
    IOptions<ScaleOutOptions> options,
    InstanceIdentity instance,
    ActivityFeed activity,
    WarningFeed warnings,
    NoticeFeed notices,
    ExportProgress exports,
    WarningSettings settings,
    ILogger<FeedRelay> log) : BackgroundService
{
    public const string ActivityFeedName = "activity";
    public const string WarningsFeedName = "warnings";
    public const string NoticesFeedName = "notices";
    public const string ExportsFeedName = "exports";
    public const string WarningSettingsFeedName = "warning-settings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Outgoing(string Feed, object Payload);

    private readonly Channel<Outgoing> _outgoing = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IDisposable[] _subscriptions = [];
    private bool _sendFailing;
    private long _dropped;

    /// <summary>Completes once this instance listens to the others (for tests, and the start-up log).</summary>
    public Task Subscribed => _subscribed.Task;

    private RedisChannel Topic => RedisChannel.Literal(options.Value.FeedChannel);

    public override Task StartAsync(CancellationToken ct)
    {
        _subscriptions = [activity.Subscribe(OnActivity), warnings.Subscribe(OnWarnings), notices.Subscribe(OnNotice), exports.Subscribe(OnExport)];
        settings.Changed += OnSettings;
        return base.StartAsync(ct);
    }

    public override async Task StopAsync(CancellationToken ct)
    {
        foreach (var s in _subscriptions) s.Dispose();
        settings.Changed -= OnSettings;
        await base.StopAsync(ct);
    }

    private void OnActivity(ActivityEvent e)
    {
        if (!e.Remote) _outgoing.Writer.TryWrite(new(ActivityFeedName, e));
    }

    private void OnWarnings(IReadOnlyList<WarningNews> news)
    {
        var local = news.Where(n => !n.Remote).ToList();
        if (local.Count > 0) _outgoing.Writer.TryWrite(new(WarningsFeedName, local));
    }

    private void OnNotice(NoticeNews n)
    {
        if (!n.Remote) _outgoing.Writer.TryWrite(new(NoticesFeedName, n));
    }

    private void OnExport(ExportUpdate u)
    {
        if (!u.Remote) _outgoing.Writer.TryWrite(new(ExportsFeedName, u));
    }

    // Raised only by a save on this instance (a reload does not raise it).
    private void OnSettings() => _outgoing.Writer.TryWrite(new(WarningSettingsFeedName, new { }));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: connecting may wait for an unreachable Redis.
        await Task.Yield();
        var subscriber = redis.Multiplexer.GetSubscriber();
        await SubscribeAsync(subscriber, stoppingToken);
        await foreach (var o in _outgoing.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (!redis.Multiplexer.IsConnected) throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
                var message = new FeedMessage(instance.Id, o.Feed, JsonSerializer.SerializeToElement(o.Payload, o.Payload.GetType(), Json));
                await subscriber.PublishAsync(Topic, JsonSerializer.Serialize(message, Json));
                if (_sendFailing)
                {
                    log.LogInformation("Feed relay sends again; {Dropped} events did not reach the other instances meanwhile", _dropped);
                    (_sendFailing, _dropped) = (false, 0);
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Ingestion goes on: the other instances' screens miss these live events and catch up on their refresh.
                _dropped++;
                if (!_sendFailing) log.LogWarning(e, "Feed relay cannot reach Redis; events for the other instances are dropped until it can");
                _sendFailing = true;
            }
        }
    }

    /// <summary>
    /// Subscribes once Redis answers (retrying while it does not). Messages are taken in order, one at a time, from
    /// StackExchange.Redis's queue; after a connection loss the multiplexer subscribes again by itself.
    /// </summary>
    private async Task SubscribeAsync(ISubscriber subscriber, CancellationToken ct)
    {
        while (true)
        {
            while (!redis.Multiplexer.IsConnected) await Task.Delay(TimeSpan.FromSeconds(1), ct);
            try
            {
                var queue = await subscriber.SubscribeAsync(Topic);
                queue.OnMessage(ReceiveAsync);
                _subscribed.TrySetResult();
                log.LogInformation("Instance {Instance} relays its feeds on {Channel}", instance.Id, options.Value.FeedChannel);
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                log.LogWarning(e, "Cannot subscribe to {Channel} yet; trying again in 5 s", options.Value.FeedChannel);
                // A half-made subscription would be restored on reconnect beside the next one and raise every event twice.
                try { await subscriber.UnsubscribeAsync(Topic); } catch (Exception u) when (u is RedisException or TimeoutException) { }
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
            }
        }
    }

    private async Task ReceiveAsync(ChannelMessage m)
    {
        try
        {
            var message = JsonSerializer.Deserialize<FeedMessage>((string)m.Message!, Json);
            if (message is null || message.Origin == instance.Id) return;
            switch (message.Feed)
            {
                case ActivityFeedName:
                    activity.PublishRemote(message.Payload.Deserialize<ActivityEvent>(Json)!);
                    break;
                case WarningsFeedName:
                    warnings.PublishRemote(message.Payload.Deserialize<List<WarningNews>>(Json)!);
                    break;
                case NoticesFeedName:
                    notices.PublishRemote(message.Payload.Deserialize<NoticeNews>(Json)!);
                    break;
                case ExportsFeedName:
                    exports.PublishRemote(message.Payload.Deserialize<ExportUpdate>(Json)!);
                    break;
                case WarningSettingsFeedName:
                    await settings.LoadAsync();
                    break;
                default:
                    // A newer instance during a rolling upgrade may relay a feed this one does not know.
                    log.LogDebug("Feed message for unknown feed {Feed} ignored", message.Feed);
                    break;
            }
        }
        catch (Exception e)
        {
            // One bad message must not stop the relay.
            log.LogWarning(e, "Feed message from another instance not relayed");
        }
    }
}
