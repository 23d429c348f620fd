using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

/// <summary>
/// The sign-in sessions, in the app's database (so they survive a restart and are shared by instances on one
/// PostgreSQL): a cookie names a session, and a session that was ended is refused at once on this instance, within
/// <see cref="CacheFor"/> on another. Tickets are serialised by ASP.NET Core (and, in the cookie, only the key travels).
/// </summary>
public sealed class SessionStore(IDbContextFactory<SupervisionDbContext> factory, IMemoryCache cache, TimeProvider time) : ITicketStore
{
    /// <summary>A request reads its session from memory for this long; every static file would otherwise be a query.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await factory.CreateDbContextAsync();
        // Sessions past their end are dropped as new ones begin.
        var now = time.GetUtcNow().UtcDateTime;
        await db.UserSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        db.UserSessions.Add(new UserSession { Key = key, UserId = UserIdOf(ticket), Ticket = TicketSerializer.Default.Serialize(ticket), ExpiresAt = ExpiryOf(ticket) });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.UserSessions.Where(s => s.Key == key).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Ticket, TicketSerializer.Default.Serialize(ticket))
            .SetProperty(s => s.ExpiresAt, ExpiryOf(ticket)));
        cache.Remove(key);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (cache.TryGetValue(key, out AuthenticationTicket? cached)) return cached;
        await using var db = await factory.CreateDbContextAsync();
        var row = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);
        var ticket = row is null || row.ExpiresAt < time.GetUtcNow().UtcDateTime ? null : TicketSerializer.Default.Deserialize(row.Ticket);
        if (ticket is not null) cache.Set(key, ticket, CacheFor);
        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        cache.Remove(key);
        await using var db = await factory.CreateDbContextAsync();
        await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of a user (a password changed or reset, an account locked, a device revoked).</summary>
    public async Task EndAllOfAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var keys = await db.UserSessions.Where(s => s.UserId == userId).Select(s => s.Key).ToListAsync(ct);
        foreach (var key in keys) cache.Remove(key);
        await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
    }

    private static string UserIdOf(AuthenticationTicket ticket) => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static DateTime? ExpiryOf(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc?.UtcDateTime;
}
