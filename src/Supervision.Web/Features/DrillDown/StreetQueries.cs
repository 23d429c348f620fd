using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.DrillDown;

/// <summary>A street or town by its region code (data-seed/regions.json), as the city map links to it.</summary>
public sealed class StreetQueries(UserDb userDb)
{
    /// <summary>The street, or null when the code names no street or town.</summary>
    public async Task<StreetDetail?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var s = await (
            from r in db.Regions.AsNoTracking()
            where r.Code == code && (r.Kind == RegionKind.Street || r.Kind == RegionKind.Town)
            join d in db.Regions on r.ParentId equals d.Id into districts
            from d in districts.DefaultIfEmpty()
            select new { r.Id, r.Code, r.Name, r.Kind, DistrictCode = d == null ? null : d.Code, DistrictName = d == null ? null : d.Name })
            .FirstOrDefaultAsync(ct);
        if (s is null) return null;
        var parties = await db.Parties.Where(p => p.StreetId == s.Id).GroupBy(p => p.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new StreetDetail(s.Id, s.Code, s.Name, s.Kind, s.DistrictCode, s.DistrictName,
            parties.GetValueOrDefault(PartyKind.Enterprise), parties.GetValueOrDefault(PartyKind.Person), db.ScopedAgencyId is not null);
    }
}
