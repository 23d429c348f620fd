namespace Supervision.Web.Features.Access;

/// <summary>The lengths account fields and audit entries keep to.</summary>
public static class AccountLimits
{
    public const int UserNameLength = 64;
    public const int DisplayNameLength = 100;
    public const int AuditNameLength = 256;
    public const int AuditTargetLength = 400;
    public const int AuditDetailLength = 2000;
}
