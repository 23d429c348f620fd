using Microsoft.AspNetCore.Authorization;

namespace Supervision.Web.Features.Access;

/// <summary>
/// One policy per capability; pages and endpoints name the capability, never a role, so who may do what is decided
/// here alone. Anything that names no policy still needs a signed-in user (the fallback policy).
/// </summary>
public static class Policies
{
    /// <summary>Overview, drill-downs, live tables: every signed-in account, scoped to its agency for liaisons.</summary>
    public const string ViewDashboard = nameof(ViewDashboard);
    /// <summary>The kiosk wall screen.</summary>
    public const string ViewWallScreen = nameof(ViewWallScreen);
    /// <summary>Acknowledge warnings.</summary>
    public const string AcknowledgeWarnings = nameof(AcknowledgeWarnings);
    /// <summary>Dismiss warnings, issue and close supervision notices, run case-file evaluation.</summary>
    public const string Supervise = nameof(Supervise);
    /// <summary>Reply to notices addressed to one's agency, import one's agency's records.</summary>
    public const string ActForAgency = nameof(ActForAgency);
    /// <summary>Supervision notices and their attachments: supervisors all, a liaison those addressed (or escalated) to its agency.</summary>
    public const string ReadNotices = nameof(ReadNotices);
    /// <summary>Statistics and Excel exports (liaisons: their own agency only).</summary>
    public const string Analyse = nameof(Analyse);
    /// <summary>Users, devices, keys, thresholds, the audit log and the job dashboard.</summary>
    public const string Administer = nameof(Administer);
    /// <summary>Change one's own password: people, not devices.</summary>
    public const string ManageOwnAccount = nameof(ManageOwnAccount);
    /// <summary>The street map's boundaries: the dashboard's readers and the wall screen, which draws the same map.</summary>
    public const string ViewCityMap = nameof(ViewCityMap);
    /// <summary>The ingestion API's description and reference page: people (integrators get accounts), not wall screens.</summary>
    public const string ReadApiDocs = nameof(ReadApiDocs);
    /// <summary>Push records through the ingestion API: agency systems with an API key, never a person's cookie.</summary>
    public const string Ingest = nameof(Ingest);

    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        // The wall-screen account opens /wall and what /wall itself needs (its circuit, the map's boundaries), nothing else.
        [ViewDashboard] = [Roles.Admin, Roles.Operator, Roles.Supervisor, Roles.Analyst, Roles.AgencyLiaison],
        [ViewCityMap] = [Roles.Admin, Roles.Operator, Roles.Supervisor, Roles.Analyst, Roles.AgencyLiaison, Roles.WallScreen],
        [ReadApiDocs] = [Roles.Admin, Roles.Operator, Roles.Supervisor, Roles.Analyst, Roles.AgencyLiaison],
        [ViewWallScreen] = [Roles.Admin, Roles.Operator, Roles.Supervisor, Roles.WallScreen],
        [AcknowledgeWarnings] = [Roles.Admin, Roles.Operator, Roles.Supervisor],
        [Supervise] = [Roles.Admin, Roles.Supervisor],
        [ActForAgency] = [Roles.AgencyLiaison],
        [ReadNotices] = [Roles.Admin, Roles.Supervisor, Roles.AgencyLiaison],
        [Analyse] = [Roles.Admin, Roles.Supervisor, Roles.Analyst, Roles.AgencyLiaison],
        [Administer] = [Roles.Admin],
        [ManageOwnAccount] = [Roles.Admin, Roles.Operator, Roles.Supervisor, Roles.Analyst, Roles.AgencyLiaison],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesOf)
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
