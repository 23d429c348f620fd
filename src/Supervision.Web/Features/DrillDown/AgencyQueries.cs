using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// Agencies, within the signed-in user's scope. The agency table itself is not scoped (every screen names agencies),
/// so a liaison is confined here explicitly: its list holds its own agency, and another agency's page is not found.
/// </summary>
public sealed class AgencyQueries(UserDb userDb)
{
    public async Task<PageOf<AgencyRow>> ListAsync(AgencyFilter filter, PageRequest page, Period period, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var q = Visible(db);
        if (!string.IsNullOrWhiteSpace(filter.Text)) q = q.Where(a => a.Name.Contains(filter.Text) || a.Code.Contains(filter.Text));
        if (filter.Level is { } level) q = q.Where(a => a.Level == level);
        if (filter.Sector is { } sector) q = q.Where(a => a.Sector == sector);
        var total = await q.CountAsync(ct);
        var agencies = await (
            from a in Sorted(q, page).Skip(page.Skip).Take(page.Size)
            join r in db.Regions on a.RegionId equals r.Id
            select new { a.Id, a.Code, a.Name, a.Level, a.Sector, RegionName = r.Name }).ToListAsync(ct);

        // Figures for this page's agencies only: each count walks the (AgencyId, time) index of its own agencies.
        var ids = agencies.Select(a => a.Id).ToList();
        var (from, to) = (period.FromUtc, period.ToUtcExclusive);
        var officers = await db.Officers.Where(o => ids.Contains(o.AgencyId)).GroupBy(o => o.AgencyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var inspections = await db.Inspections.Where(i => ids.Contains(i.AgencyId) && i.StartedAt >= from && i.StartedAt < to).GroupBy(i => i.AgencyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var cases = await db.Cases.Where(c => ids.Contains(c.AgencyId) && c.FiledAt >= from && c.FiledAt < to).GroupBy(c => c.AgencyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new([.. agencies.Select(a => new AgencyRow(a.Id, a.Code, a.Name, a.Level, a.Sector, a.RegionName,
            officers.GetValueOrDefault(a.Id), inspections.GetValueOrDefault(a.Id), cases.GetValueOrDefault(a.Id)))], total);
    }

    /// <summary>The agency by its code, or null when there is none or it is outside the user's scope.</summary>
    public async Task<AgencyDetail?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var a = await (
            from x in Visible(db)
            where x.Code == code
            join r in db.Regions on x.RegionId equals r.Id
            join p in db.Agencies on x.ParentId equals p.Id into parents
            from p in parents.DefaultIfEmpty()
            select new { x.Id, x.Code, x.Name, x.Level, x.Sector, RegionCode = r.Code, RegionName = r.Name, r.Kind,
                ParentCode = p == null ? null : p.Code, ParentName = p == null ? null : p.Name })
            .FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var officers = await db.Officers.CountAsync(o => o.AgencyId == a.Id, ct);
        return new AgencyDetail(a.Id, a.Code, a.Name, a.Level, a.Sector, a.RegionCode, a.RegionName,
            a.Kind is Domain.Geography.RegionKind.Street or Domain.Geography.RegionKind.Town, a.ParentCode, a.ParentName, officers);
    }

    /// <summary>The agencies a case list may be filtered by: all of them, or the liaison's own.</summary>
    public async Task<IReadOnlyList<Option>> OptionsAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await Visible(db).OrderBy(a => a.Level).ThenBy(a => a.Code).Select(a => new Option(a.Id, a.Code, a.Name)).ToListAsync(ct);
    }

    private static IQueryable<Agency> Visible(SupervisionDbContext db) =>
        db.ScopedAgencyId is { } own ? db.Agencies.AsNoTracking().Where(a => a.Id == own) : db.Agencies.AsNoTracking();

    private static IQueryable<Agency> Sorted(IQueryable<Agency> q, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(AgencyRow.Name), false) => q.OrderBy(a => a.Name),
        (nameof(AgencyRow.Name), true) => q.OrderByDescending(a => a.Name),
        (nameof(AgencyRow.Code), true) => q.OrderByDescending(a => a.Code),
        (nameof(AgencyRow.Sector), false) => q.OrderBy(a => a.Sector).ThenBy(a => a.Code),
        (nameof(AgencyRow.Sector), true) => q.OrderByDescending(a => a.Sector).ThenBy(a => a.Code),
        (nameof(AgencyRow.Level), false) => q.OrderBy(a => a.Level).ThenBy(a => a.Code),
        (nameof(AgencyRow.Level), true) => q.OrderByDescending(a => a.Level).ThenBy(a => a.Code),
        (nameof(AgencyRow.Code), false) => q.OrderBy(a => a.Code),
        _ => q.OrderBy(a => a.Level).ThenBy(a => a.Code),
    };
}
