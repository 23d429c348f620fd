namespace Supervision.Web.Features.Access;

/// <summary>The claims the app adds to a signed-in person's principal.</summary>
public static class AccessClaims
{
    public const string Agency = "supervision:agency";
    public const string DisplayName = "supervision:name";
    public const string Language = "supervision:lang";
}
