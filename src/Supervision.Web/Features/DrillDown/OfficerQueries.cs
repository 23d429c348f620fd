using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>Officers within the signed-in user's scope (the officer table is scoped: a liaison sees its agency's officers only).</summary>
public sealed class OfficerQueries(UserDb userDb, TimeProvider time)
{
    private DateOnly Today => ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);

    public async Task<PageOf<OfficerRow>> ListAsync(int agencyId, PageRequest page, CancellationToken ct = default)
    {
        var today = Today;
        await using var db = await userDb.OpenAsync(ct);
        var q = db.Officers.AsNoTracking().Where(o => o.AgencyId == agencyId);
        var total = await q.CountAsync(ct);
        q = (page.SortBy, page.Descending) switch
        {
            (nameof(OfficerRow.CertificateExpiresOn), false) => q.OrderBy(o => o.CertificateExpiresOn).ThenBy(o => o.Id),
            (nameof(OfficerRow.CertificateExpiresOn), true) => q.OrderByDescending(o => o.CertificateExpiresOn).ThenBy(o => o.Id),
            (nameof(OfficerRow.TrainingHoursThisYear), false) => q.OrderBy(o => o.TrainingYear == today.Year ? o.TrainingHours : 0).ThenBy(o => o.Id),
            (nameof(OfficerRow.TrainingHoursThisYear), true) => q.OrderByDescending(o => o.TrainingYear == today.Year ? o.TrainingHours : 0).ThenBy(o => o.Id),
            (nameof(OfficerRow.CertificateNumber), false) => q.OrderBy(o => o.CertificateNumber),
            (nameof(OfficerRow.CertificateNumber), true) => q.OrderByDescending(o => o.CertificateNumber),
            (nameof(OfficerRow.Name), true) => q.OrderByDescending(o => o.Name).ThenBy(o => o.Id),
            _ => q.OrderBy(o => o.Name).ThenBy(o => o.Id),
        };
        var rows = await q.Skip(page.Skip).Take(page.Size)
            .Select(o => new { o.Id, o.Name, o.CertificateNumber, o.CertificateExpiresOn, o.TrainingYear, o.TrainingHours }).ToListAsync(ct);
        return new([.. rows.Select(o => new OfficerRow(o.Id, o.Name, o.CertificateNumber, o.CertificateExpiresOn,
            o.CertificateExpiresOn < today, o.TrainingYear == today.Year ? o.TrainingHours : 0))], total);
    }

    /// <summary>The officer, or null when there is none or it belongs to another agency than a liaison's.</summary>
    public async Task<OfficerDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var today = Today;
        await using var db = await userDb.OpenAsync(ct);
        var o = await (
            from x in db.Officers.AsNoTracking()
            where x.Id == id
            join a in db.Agencies on x.AgencyId equals a.Id
            select new { Officer = x, AgencyCode = a.Code, AgencyName = a.Name }).FirstOrDefaultAsync(ct);
        if (o is null) return null;
        var cases = await db.CaseOfficers.CountAsync(c => c.OfficerId == id, ct);
        var inspections = await db.InspectionOfficers.CountAsync(i => i.OfficerId == id, ct);
        var officer = o.Officer;
        return new OfficerDetail(officer.Id, officer.Name, officer.CertificateNumber, officer.CertificateExpiresOn, !officer.CertificateValidOn(today),
            officer.CertificateExpiresOn.DayNumber - today.DayNumber, officer.AgencyId, o.AgencyCode, o.AgencyName, today.Year,
            officer.TrainingYear == today.Year ? officer.TrainingHours : 0, cases, inspections);
    }
}
