using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Supervision.Web.Features.Access;

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
