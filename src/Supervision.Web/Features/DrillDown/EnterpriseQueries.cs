using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// Enterprises (the party table is not agency-scoped: who an enterprise is, is no secret) and their inspection record,
/// which is: a liaison sees its own agency's inspections of the enterprise only.
/// </summary>
public sealed class EnterpriseQueries(UserDb userDb, InspectionFrequency frequency, TimeProvider time)
{
    private DateOnly Today => ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);

    public async Task<PageOf<EnterpriseRow>> ListAsync(EnterpriseFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var q = db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.Enterprise);
        if (filter.StreetId is { } street) q = q.Where(p => p.StreetId == street);
        if (filter.Grade is { } grade) q = q.Where(p => p.CreditGrade == grade);
        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var code = text.ToUpperInvariant();
            // A whole credit code is an indexed lookup; anything else searches names and code fragments.
            q = code.Length == 18 && code.All(c => CreditCode.Alphabet.Contains(c))
                ? q.Where(p => p.CreditCode == code)
                : q.Where(p => p.Name.Contains(text) || p.CreditCode!.Contains(code));
        }
        var total = await q.CountAsync(ct);
        q = (page.SortBy, page.Descending) switch
        {
            (nameof(EnterpriseRow.Name), false) => q.OrderBy(p => p.Name).ThenBy(p => p.Id),
            (nameof(EnterpriseRow.Name), true) => q.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
            (nameof(EnterpriseRow.Grade), false) => q.OrderBy(p => p.CreditGrade).ThenBy(p => p.Id),
            (nameof(EnterpriseRow.Grade), true) => q.OrderByDescending(p => p.CreditGrade).ThenBy(p => p.Id),
            (nameof(EnterpriseRow.CreditCode), false) => q.OrderBy(p => p.CreditCode),
            (nameof(EnterpriseRow.CreditCode), true) => q.OrderByDescending(p => p.CreditCode),
            _ => q.OrderBy(p => p.Id),
        };
        var parties = await (
            from p in q.Skip(page.Skip).Take(page.Size)
            join s in db.Regions on p.StreetId equals s.Id
            select new { p.Id, p.Name, p.CreditCode, p.CreditGrade, StreetCode = s.Code, StreetName = s.Name, p.IsNewBusinessForm }).ToListAsync(ct);

        var today = Today;
        var yearStart = ChinaTime.StartOfDayUtc(new DateOnly(today.Year, 1, 1));
        var ids = parties.Select(p => p.Id).ToList();
        var inspections = (await db.Inspections.AsNoTracking().Where(i => ids.Contains(i.PartyId) && i.StartedAt >= yearStart)
            .Select(i => new { i.PartyId, i.Kind, i.JointReference }).ToListAsync(ct))
            .ToLookup(i => i.PartyId, i => (i.Kind, i.JointReference));
        return new([.. parties.Select(p => new EnterpriseRow(p.Id, p.Name, p.CreditCode, p.CreditGrade, p.StreetCode, p.StreetName, p.IsNewBusinessForm,
            InspectionCount.Use(today.Year, p.CreditGrade, frequency, [.. inspections[p.Id]])))], total);
    }

    /// <summary>The enterprise with who inspected it and how often, or null when the id is not an enterprise's.</summary>
    public async Task<EnterpriseDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var e = await (
            from p in db.Parties.AsNoTracking()
            where p.Id == id && p.Kind == PartyKind.Enterprise
            join s in db.Regions on p.StreetId equals s.Id
            select new { Party = p, StreetCode = s.Code, StreetName = s.Name }).FirstOrDefaultAsync(ct);
        if (e is null) return null;

        var today = Today;
        var yearStart = ChinaTime.StartOfDayUtc(new DateOnly(today.Year, 1, 1));
        // An enterprise sees a handful of inspections a year; the cap only guards against a runaway record.
        var inspections = await (
            from i in db.Inspections.AsNoTracking()
            where i.PartyId == id
            join a in db.Agencies on i.AgencyId equals a.Id
            orderby i.StartedAt descending
            select new { i.Id, i.AgencyId, AgencyName = a.Name, AgencyCode = a.Code, i.Kind, i.JointReference, i.StartedAt }).Take(5000).ToListAsync(ct);
        var ids = inspections.Select(i => i.Id).ToList();
        var officers = await (
            from link in db.InspectionOfficers.AsNoTracking()
            where ids.Contains(link.InspectionId)
            join o in db.Officers on link.OfficerId equals o.Id
            join a in db.Agencies on o.AgencyId equals a.Id
            select new { link.InspectionId, OfficerId = o.Id, o.Name, AgencyName = a.Name }).ToListAsync(ct);
        var startedAt = inspections.ToDictionary(i => i.Id, i => i.StartedAt);

        var byAgency = inspections.GroupBy(i => (i.AgencyId, i.AgencyName, i.AgencyCode))
            .Select(g => new InspectorCount(g.Key.AgencyId, g.Key.AgencyName, g.Key.AgencyCode, g.Count(), g.Count(i => i.StartedAt >= yearStart), g.Max(i => i.StartedAt)))
            .OrderByDescending(x => x.ThisYear).ThenByDescending(x => x.Total).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        var byOfficer = officers.GroupBy(o => (o.OfficerId, o.Name, o.AgencyName))
            .Select(g => new InspectorCount(g.Key.OfficerId, g.Key.Name, g.Key.AgencyName, g.Count(),
                g.Count(o => startedAt[o.InspectionId] >= yearStart), g.Max(o => startedAt[o.InspectionId])))
            .OrderByDescending(x => x.ThisYear).ThenByDescending(x => x.Total).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        var thisYear = inspections.Where(i => i.StartedAt >= yearStart).Select(i => (i.Kind, (string?)i.JointReference)).ToList();
        var rectifications = await RectificationQuery.RowsAsync(db, r => r.PartyId == id, today, ct);

        var party = e.Party;
        return new EnterpriseDetail(party.Id, party.Name, party.CreditCode, party.CreditGrade, party.IsNewBusinessForm, party.ObservationEndsOn, party.Address, party.RegisteredOn,
            e.StreetCode, e.StreetName, InspectionCount.Use(today.Year, party.CreditGrade, frequency, thisYear), byAgency, byOfficer, rectifications,
            db.ScopedAgencyId is not null);
    }
}
