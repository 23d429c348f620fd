using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

/// <summary>
/// The one way user-facing code opens the database: the context comes back scoped to the person's agency when the
/// person is an agency liaison, so no page, endpoint or feature service can forget the restriction. Only jobs,
/// ingestion, seeding and Identity take the unscoped factory; <c>DataAccessTests</c> holds the allow-list and fails
/// when any other type asks for it.
/// </summary>
public sealed class UserDb(IDbContextFactory<SupervisionDbContext> factory, CurrentUser user)
{
    /// <summary>For the signed-in person of this circuit or request.</summary>
    public async Task<SupervisionDbContext> OpenAsync(CancellationToken ct = default) => await OpenAsync(await user.GetAsync(), ct);

    /// <summary>For a principal a caller already holds (endpoints and services that are handed the acting person).</summary>
    public Task<SupervisionDbContext> OpenAsync(ClaimsPrincipal principal, CancellationToken ct = default) => OpenForScopeAsync(AgencyScopeOf(principal), ct);

    /// <summary>For work done later on a person's behalf, with the scope recorded when they asked (an export's row).</summary>
    public async Task<SupervisionDbContext> OpenForScopeAsync(int? agencyScope, CancellationToken ct = default) =>
        (await factory.CreateDbContextAsync(ct)).ScopeTo(agencyScope);

    /// <summary>The agency a principal is confined to, or null for city-wide roles. A liaison without an agency sees nothing.</summary>
    public static int? AgencyScopeOf(ClaimsPrincipal principal)
    {
        if (!principal.IsInRole(Roles.AgencyLiaison) || principal.IsInRole(Roles.Admin)) return null;
        return int.TryParse(principal.FindFirstValue(AccessClaims.Agency), out var id) ? id : -1;
    }
}
