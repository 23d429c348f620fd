using MudBlazor;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Components.Layout;

/// <summary>
/// The side menu. Each entry names the policy of the page it opens, so nobody is offered a page that answers
/// "no access" (an operator or analyst does not see 监督文书; the wall account sees only its wall).
/// </summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", Icons.Material.Filled.Dashboard, "Nav.Overview", Policies.ViewDashboard),
        new("/map", Icons.Material.Filled.Map, "Nav.Map", Policies.ViewDashboard),
        new("/wall", Icons.Material.Filled.Tv, "Nav.Wall", Policies.ViewWallScreen, NewTab: true),
        new("/warnings", Icons.Material.Filled.NotificationImportant, "Nav.Warnings", Policies.ViewDashboard),
        new("/notices", Icons.Material.Filled.Description, "Nav.Notices", Policies.ReadNotices),
        new("/evaluations", Icons.Material.Filled.FactCheck, "Nav.Evaluations", Policies.Supervise),
        new("/statistics", Icons.Material.Filled.BarChart, "Nav.Statistics", Policies.Analyse),
        new("/exports", Icons.Material.Filled.Download, "Nav.Exports", Policies.Analyse),
        new("/agencies", Icons.Material.Filled.AccountBalance, "Nav.Agencies", Policies.ViewDashboard),
        new("/cases", Icons.Material.Filled.Gavel, "Nav.Cases", Policies.ViewDashboard),
        new("/enterprises", Icons.Material.Filled.Business, "Nav.Enterprises", Policies.ViewDashboard),
        new("/import", Icons.Material.Filled.UploadFile, "Nav.Import", Policies.ActForAgency),
        new("/admin/users", Icons.Material.Filled.People, "Nav.Users", Policies.Administer, Admin: true),
        new("/admin/devices", Icons.Material.Filled.Tv, "Nav.Devices", Policies.Administer, Admin: true),
        new("/admin/api-keys", Icons.Material.Filled.Key, "Nav.ApiKeys", Policies.Administer, Admin: true),
        new("/warnings/settings", Icons.Material.Filled.Tune, "Nav.WarningSettings", Policies.Administer, Admin: true),
        new("/admin/calendar", Icons.Material.Filled.EventNote, "Nav.Calendar", Policies.Administer, Admin: true),
        new("/admin/audit", Icons.Material.Filled.History, "Nav.Audit", Policies.Administer, Admin: true),
        new("/jobs", Icons.Material.Filled.Schedule, "Nav.Jobs", Policies.Administer, Admin: true, NewTab: true),
        new("/account/password", Icons.Material.Filled.Password, "Nav.Password", Policies.ManageOwnAccount),
    ];
}
