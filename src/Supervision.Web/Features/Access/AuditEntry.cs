namespace Supervision.Web.Features.Access;

/// <summary>One line of the append-only audit log: who did what, when, to what, from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary>A stable code from <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Detail { get; set; }
    public string? RemoteAddress { get; set; }
}
