using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Access;

/// <summary>Puts the liaison's agency and the display name into the sign-in cookie, so scoping needs no lookup.</summary>
public sealed class SupervisionClaimsFactory(UserManager<SupervisionUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SupervisionUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SupervisionUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccessClaims.DisplayName, user.DisplayName));
        if (user.AgencyId is { } agency) identity.AddClaim(new Claim(AccessClaims.Agency, agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
