using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

/// <summary>Writes audit entries in their own short transaction; callers pass who acted (a principal, or a name and id
/// before sign-in completes), or the current request's user is taken.</summary>
public sealed class AuditLog(IDbContextFactory<SupervisionDbContext> factory, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>Who acted when a maintenance command ran: the operating-system account on the server, as the log names people.</summary>
    public static string CommandLineActor => $"命令行({Environment.UserName}@{Environment.MachineName})";

    public async Task WriteAsync(string action, string? target = null, string? detail = null, ClaimsPrincipal? actor = null,
        string? userName = null, string? userId = null, CancellationToken ct = default)
    {
        actor ??= http.HttpContext?.User;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = userId ?? actor?.FindFirstValue(ClaimTypes.NameIdentifier),
            // Each field capped: what a stranger types into the sign-in form must not become a megabyte of log.
            UserName = Cap(userName ?? actor?.Identity?.Name ?? "(匿名)", AccountLimits.AuditNameLength)!,
            Action = action,
            Target = Cap(target, AccountLimits.AuditTargetLength),
            Detail = Cap(detail, AccountLimits.AuditDetailLength),
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(ct);
    }

    private static string? Cap(string? text, int length) => text is { } t && t.Length > length ? t[..(length - 1)] + "…" : text;
}
