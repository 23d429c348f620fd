using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>Inspection lists (an agency's, a street's, an enterprise's, an officer's), within the signed-in user's scope.</summary>
public sealed class InspectionQueries(UserDb userDb)
{
    public async Task<PageOf<InspectionRow>> ListAsync(InspectionFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var inspections = Filtered(db, filter);
        var total = await inspections.CountAsync(ct);
        var rows = await (
            from i in Sorted(inspections, page).Skip(page.Skip).Take(page.Size)
            join a in db.Agencies on i.AgencyId equals a.Id
            join p in db.Parties on i.PartyId equals p.Id
            join s in db.Regions on i.StreetId equals s.Id
            select new
            {
                i.Id, i.StartedAt, i.AgencyId, AgencyCode = a.Code, AgencyName = a.Name, i.PartyId, PartyKind = p.Kind, PartyName = p.Name,
                i.Kind, i.Result, PreFiled = i.PreFiledAt != null, StreetCode = s.Code, StreetName = s.Name, i.EvaluationScore,
            }).ToListAsync(ct);
        return new([.. rows.Select(r => new InspectionRow(
            r.Id, r.StartedAt, r.AgencyId, r.AgencyCode, r.AgencyName, r.PartyId, r.PartyKind, PersonalData.Display(r.PartyKind, r.PartyName),
            r.Kind, r.Result, r.PreFiled, r.StreetCode, r.StreetName, r.EvaluationScore))], total);
    }

    public async Task<InspectionDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var x = await (
            from i in db.Inspections.AsNoTracking()
            where i.Id == id
            join a in db.Agencies on i.AgencyId equals a.Id
            join p in db.Parties on i.PartyId equals p.Id
            join s in db.Regions on i.StreetId equals s.Id
            select new { Inspection = i, AgencyCode = a.Code, AgencyName = a.Name, Party = p, StreetCode = s.Code, StreetName = s.Name })
            .FirstOrDefaultAsync(ct);
        if (x is null) return null;
        var officers = await (
            from link in db.InspectionOfficers.AsNoTracking()
            where link.InspectionId == id
            join o in db.Officers on link.OfficerId equals o.Id
            orderby o.Name
            select new { o.Id, o.Name, o.CertificateNumber, o.CertificateExpiresOn }).ToListAsync(ct);
        var row = x.Inspection;
        var day = Domain.Calendar.ChinaTime.DayOf(row.StartedAt);
        var counts = row.PreFiledAt is { } claimed && row.PreFilingReceivedAt is { } received && received > claimed ? received : row.PreFiledAt;
        return new InspectionDetail(row.Id, row.ExternalId, row.AgencyId, x.AgencyCode, x.AgencyName,
            PartyView.Of(x.Party.Id, x.Party.Kind, x.Party.Name, x.Party.CreditCode, x.Party.IdNumber, x.Party.CreditGrade),
            row.Kind, row.JointReference, row.StartedAt, row.EndedAt, row.PreFiledAt, counts, x.StreetCode, x.StreetName, row.Place,
            row.Result, row.EvaluationScore, row.EvaluationComment, row.EvaluatedAt,
            [.. officers.Select(o => new CaseOfficerView(o.Id, o.Name, o.CertificateNumber, o.CertificateExpiresOn, day <= o.CertificateExpiresOn))],
            row.ReceivedAt);
    }

    private static IQueryable<Inspection> Filtered(SupervisionDbContext db, InspectionFilter f)
    {
        var q = db.Inspections.AsNoTracking();
        if (f.AgencyId is { } agency) q = q.Where(i => i.AgencyId == agency);
        if (f.StreetId is { } street) q = q.Where(i => i.StreetId == street);
        if (f.PartyId is { } party) q = q.Where(i => i.PartyId == party);
        if (f.OfficerId is { } officer) q = q.Where(i => db.InspectionOfficers.Where(o => o.OfficerId == officer).Select(o => o.InspectionId).Contains(i.Id));
        if (f.Started is { } period)
        {
            var (from, to) = (period.FromUtc, period.ToUtcExclusive);
            q = q.Where(i => i.StartedAt >= from && i.StartedAt < to);
        }
        return q;
    }

    private static IQueryable<Inspection> Sorted(IQueryable<Inspection> q, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(InspectionRow.StartedAt), false) => q.OrderBy(i => i.StartedAt).ThenBy(i => i.Id),
        (nameof(InspectionRow.EvaluationScore), false) => q.OrderBy(i => i.EvaluationScore).ThenByDescending(i => i.StartedAt).ThenByDescending(i => i.Id),
        (nameof(InspectionRow.EvaluationScore), true) => q.OrderByDescending(i => i.EvaluationScore).ThenByDescending(i => i.StartedAt).ThenByDescending(i => i.Id),
        _ => q.OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id),
    };
}
