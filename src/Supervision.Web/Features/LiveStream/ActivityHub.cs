using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.LiveStream;

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
