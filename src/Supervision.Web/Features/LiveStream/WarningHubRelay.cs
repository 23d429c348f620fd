using Microsoft.AspNetCore.SignalR;
using Supervision.Web.Features.Warnings;

namespace Supervision.Web.Features.LiveStream;

/// <summary>
/// Sends warning changes to the activity hub: the city group, and the warning's agency's group. Only changes made on this
/// instance are queued (<see cref="WarningFeed.PublishRemote"/> skips the queue); the backplane reaches the other instances' clients.
/// </summary>
public sealed class WarningHubRelay(WarningFeed feed, IHubContext<ActivityHub, IActivityClient> hub, ILogger<WarningHubRelay> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var n in feed.HubQueue.ReadAllAsync(stoppingToken))
        {
            try
            {
                var sends = new List<Task> { hub.Clients.Group(ActivityHub.CityGroup).Warning(n) };
                if (n.AgencyId is { } agency) sends.Add(hub.Clients.Group(ActivityHub.AgencyGroup(agency)).Warning(n));
                await Task.WhenAll(sends);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Could not relay warning {Id}", n.WarningId);
            }
        }
    }
}
