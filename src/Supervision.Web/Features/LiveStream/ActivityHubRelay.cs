using Microsoft.AspNetCore.SignalR;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.LiveStream;

/// <summary>
/// Sends queued events to the hub's groups: everything to the city group, each event also to its agency's group. Only
/// events raised on this instance are queued (<see cref="ActivityFeed.PublishRemote"/> skips the queue): with several
/// instances the SignalR backplane takes them from here to the hub clients of all (docs/scale-out.md).
/// </summary>
public sealed class ActivityHubRelay(ActivityFeed feed, IHubContext<ActivityHub, IActivityClient> hub, ILogger<ActivityHubRelay> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var e in feed.HubQueue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await Task.WhenAll(
                    hub.Clients.Group(ActivityHub.CityGroup).Activity(e),
                    hub.Clients.Group(ActivityHub.AgencyGroup(e.AgencyId)).Activity(e));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Could not relay activity event {Sequence}", e.Sequence);
            }
        }
    }
}
