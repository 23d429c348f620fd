using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Activity;

public interface IActivityClient
{
    Task Activity(ActivityEvent e);

    /// <summary>A warning raised, escalated, resolved or handled (see Features/Warnings).</summary>
    Task Warning(Warnings.WarningNews news);
}

/// <summary>
/// The live stream for clients outside Blazor (and the wall screen's fallback): signed-in users only; a liaison joins
/// its agency's group and receives only that agency's events.
/// </summary>
[Authorize(Policy = Policies.ViewDashboard)]
public sealed class ActivityHub : Hub<IActivityClient>
{
    public const string Path = "/hubs/activity";
    public const string CityGroup = "city";

    public static string AgencyGroup(int agencyId) => $"agency:{agencyId}";

    public override async Task OnConnectedAsync()
    {
        var scope = UserDb.AgencyScopeOf(Context.User!);
        await Groups.AddToGroupAsync(Context.ConnectionId, scope is { } agency ? AgencyGroup(agency) : CityGroup);
        await base.OnConnectedAsync();
    }
}

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

public static class ActivityRegistration
{
    public static WebApplicationBuilder AddActivity(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ActivityFeed>();
        builder.Services.AddSignalR();
        builder.Services.AddHostedService<ActivityHubRelay>();
        return builder;
    }

    public static WebApplication MapActivity(this WebApplication app)
    {
        app.MapHub<ActivityHub>(ActivityHub.Path);
        return app;
    }
}
