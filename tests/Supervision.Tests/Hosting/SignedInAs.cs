using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Hosting;

/// <summary>Feature services as a given user sees them, without a browser: the real database, the real scoping.</summary>
public static class SignedInAs
{
    public static ClaimsPrincipal Operator() => Principal(Roles.Operator, agencyId: null);

    public static ClaimsPrincipal Liaison(int agencyId) => Principal(Roles.AgencyLiaison, agencyId);

    public static ClaimsPrincipal Principal(string role, int? agencyId)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, $"test-{role}"), new(ClaimTypes.Role, role) };
        if (agencyId is { } a) claims.Add(new Claim(AccessClaims.Agency, a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public static UserDb UserDb(IServiceProvider services, ClaimsPrincipal user) =>
        new(services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>(), new CurrentUser(new Fixed(user), new HttpContextAccessor()));

    private sealed class Fixed(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
