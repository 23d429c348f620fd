using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

/// <summary>
/// The one way user-facing code opens the database: the context comes back scoped to the signed-in user's agency
/// when the user is an agency liaison, so no page or endpoint can forget the restriction.
/// </summary>
public sealed class UserDb(IDbContextFactory<SupervisionDbContext> factory, CurrentUser user)
{
    public async Task<SupervisionDbContext> OpenAsync(CancellationToken ct = default)
    {
        var principal = await user.GetAsync();
        var db = await factory.CreateDbContextAsync(ct);
        return db.ScopeTo(AgencyScopeOf(principal));
    }

    /// <summary>The agency a principal is confined to, or null for city-wide roles. A liaison without an agency sees nothing.</summary>
    public static int? AgencyScopeOf(ClaimsPrincipal principal)
    {
        if (!principal.IsInRole(Roles.AgencyLiaison) || principal.IsInRole(Roles.Admin)) return null;
        return int.TryParse(principal.FindFirstValue(AccessClaims.Agency), out var id) ? id : -1;
    }
}

public static class AccessClaims
{
    public const string Agency = "supervision:agency";
    public const string DisplayName = "supervision:name";
    public const string Language = "supervision:lang";
}

/// <summary>The signed-in principal, in a Blazor circuit (authentication state) or an HTTP request alike.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authState, IHttpContextAccessor http)
{
    public async Task<ClaimsPrincipal> GetAsync()
    {
        try
        {
            return (await authState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a component render (an API endpoint, a command) the provider has no state: use the request's user.
            return http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        }
    }
}
