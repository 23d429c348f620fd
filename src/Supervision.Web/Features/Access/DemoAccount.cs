namespace Supervision.Web.Features.Access;

/// <summary>The demo accounts shown on the sign-in page in demo mode: one per role, all with one published password.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? AgencyCode = null);
