namespace Supervision.Web.Components.Layout;

/// <summary>One entry of the side menu: shown only to those the target page's own policy admits (NavItemsTests checks they agree).</summary>
public sealed record NavItem(string Href, string Icon, string TextKey, string Policy, bool Admin = false, bool NewTab = false);
