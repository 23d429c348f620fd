using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Access;

/// <summary>Puts the liaison's agency, the display name and the chosen language into the sign-in cookie, so neither scoping nor the language needs a lookup.</summary>
public sealed class SupervisionClaimsFactory(UserManager<SupervisionUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SupervisionUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SupervisionUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccessClaims.DisplayName, user.DisplayName));
        if (user.Language is { } language) identity.AddClaim(new Claim(AccessClaims.Language, language));
        if (user.AgencyId is { } agency) identity.AddClaim(new Claim(AccessClaims.Agency, agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
