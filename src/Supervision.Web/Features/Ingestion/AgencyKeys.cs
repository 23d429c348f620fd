using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>Creates, checks and revokes agency API keys (an agency may hold several; each is revoked on its own).</summary>
public sealed class AgencyKeys(IDbContextFactory<SupervisionDbContext> factory, TimeProvider time)
{
    private const string Scheme = "jnsk_";
    private const int PrefixLength = 13;

    public async Task<IssuedKey?> CreateAsync(string agencyCode, string? label, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var agencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        if (agencyId is null) return null;
        var key = Scheme + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = new AgencyKey { AgencyId = agencyId.Value, Prefix = key[..PrefixLength], Hash = HashOf(key), Label = label, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.AgencyKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return new IssuedKey(row.Id, row.AgencyId, key);
    }

    /// <summary>The agency a presented key belongs to, or null for an unknown, malformed or revoked key.</summary>
    public async Task<KeyOwner?> FindAsync(string? presented, CancellationToken ct = default)
    {
        if (presented is null || presented.Length < PrefixLength + 8 || !presented.StartsWith(Scheme, StringComparison.Ordinal)) return null;
        var prefix = presented[..PrefixLength];
        await using var db = await factory.CreateDbContextAsync(ct);
        var candidates = await (from k in db.AgencyKeys.AsNoTracking()
                                join a in db.Agencies on k.AgencyId equals a.Id
                                where k.Prefix == prefix && k.RevokedAt == null
                                select new { k.Id, k.AgencyId, k.Hash, a.Code, k.Prefix, k.Label }).ToListAsync(ct);
        var hash = Encoding.ASCII.GetBytes(HashOf(presented));
        var match = candidates.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.Hash), hash));
        return match is null ? null
            : new KeyOwner(match.Id, match.AgencyId, match.Code, $"接口密钥{match.Prefix}…" + (string.IsNullOrWhiteSpace(match.Label) ? "" : $"（{match.Label}）"));
    }

    public async Task<IReadOnlyList<KeyRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await (from k in db.AgencyKeys.AsNoTracking()
                      join a in db.Agencies on k.AgencyId equals a.Id
                      orderby k.RevokedAt != null, a.Code, k.Id
                      select new KeyRow(k.Id, a.Code, a.Name, k.Prefix, k.Label, k.CreatedAt, k.RevokedAt)).ToListAsync(ct);
    }

    public async Task<bool> RevokeAsync(int keyId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.AgencyKeys.Where(k => k.Id == keyId && k.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(k => k.RevokedAt, now), ct) == 1;
    }

    // A key is 256 random bits, so one fast hash is enough: unlike a password there is nothing to guess.
    private static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
