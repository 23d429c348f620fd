using Microsoft.AspNetCore.Identity;

namespace Supervision.Web.Features.Access;

/// <summary>A person or a wall-screen device that signs in.</summary>
public sealed class SupervisionUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>The one agency an agency liaison speaks for; null for everyone else.</summary>
    public int? AgencyId { get; set; }
    /// <summary>A wall-screen kiosk rather than a person: view-only, long sign-in, no password changes.</summary>
    public bool IsDevice { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The language the person chose for the screens (zh-CN or en); null means the default, Chinese.</summary>
    public string? Language { get; set; }
}
