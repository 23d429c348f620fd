using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// The pages of the records that hang off cases and inspections (责令整改, 行政强制, 投诉), within the signed-in user's scope:
/// a liaison gets null for another agency's record, the same as for one that does not exist.
/// </summary>
public sealed class RecordPageQueries(UserDb userDb, TimeProvider time)
{
    public async Task<RectificationDetail?> RectificationAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var x = await (
            from o in db.RectificationOrders.AsNoTracking()
            where o.Id == id
            join a in db.Agencies on o.AgencyId equals a.Id
            join p in db.Parties on o.PartyId equals p.Id
            join s in db.Regions on o.StreetId equals s.Id
            select new { Order = o, AgencyCode = a.Code, AgencyName = a.Name, Party = p, StreetCode = s.Code, StreetName = s.Name })
            .FirstOrDefaultAsync(ct);
        if (x is null) return null;
        var order = x.Order;
        // Named by when it started: the page reads "the inspection of <time>"; another agency's inspection is not linked.
        var inspection = order.InspectionId is { } inspectionId
            ? (await db.Inspections.AsNoTracking().Where(i => i.Id == inspectionId).Select(i => new { i.Id, i.StartedAt }).FirstOrDefaultAsync(ct)) is { } found
                ? new LinkedRecordView(found.Id, RecordTerms.Local(found.StartedAt)) : null
            : null;
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        return new RectificationDetail(order.Id, order.ExternalId, x.AgencyCode, x.AgencyName, Party(x.Party), x.StreetCode, x.StreetName,
            await CaseAsync(db, order.CaseId, ct), inspection, order.Requirement, order.IssuedAt, order.Deadline, order.ReviewedAt, order.ReviewResult,
            order.ReviewedAt is null && order.Deadline < today ? today.DayNumber - order.Deadline.DayNumber : 0, order.ReceivedAt);
    }

    public async Task<MeasureDetail?> MeasureAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var x = await (
            from m in db.CompulsoryMeasures.AsNoTracking()
            where m.Id == id
            join a in db.Agencies on m.AgencyId equals a.Id
            join p in db.Parties on m.PartyId equals p.Id
            join s in db.Regions on m.StreetId equals s.Id
            select new { Measure = m, AgencyCode = a.Code, AgencyName = a.Name, Party = p, StreetCode = s.Code, StreetName = s.Name })
            .FirstOrDefaultAsync(ct);
        if (x is null) return null;
        var measure = x.Measure;
        return new MeasureDetail(measure.Id, measure.ExternalId, x.AgencyCode, x.AgencyName, Party(x.Party), measure.Kind, measure.StartedAt,
            measure.EndedAt, measure.IsEmergency, x.StreetCode, x.StreetName, measure.Place, await CaseAsync(db, measure.CaseId, ct), measure.ReceivedAt);
    }

    public async Task<ComplaintDetail?> ComplaintAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var x = await (
            from c in db.Complaints.AsNoTracking()
            where c.Id == id
            join a in db.Agencies on c.AgencyId equals a.Id
            select new { Complaint = c, AgencyCode = a.Code, AgencyName = a.Name })
            .FirstOrDefaultAsync(ct);
        if (x is null) return null;
        var complaint = x.Complaint;
        var officer = complaint.OfficerId is { } officerId
            ? await db.Officers.AsNoTracking().Where(o => o.Id == officerId).Select(o => new LinkedRecordView(o.Id, o.Name)).FirstOrDefaultAsync(ct)
            : null;
        var street = complaint.StreetId is { } streetId
            ? await db.Regions.AsNoTracking().Where(r => r.Id == streetId).Select(r => new { r.Code, r.Name }).FirstOrDefaultAsync(ct)
            : null;
        var overdue = complaint.HandledAt is null && complaint.Deadline < time.GetUtcNow().UtcDateTime;
        return new ComplaintDetail(complaint.Id, complaint.ExternalId, x.AgencyCode, x.AgencyName, complaint.Channel, officer, street?.Code, street?.Name,
            complaint.Summary, complaint.ReceivedAt, complaint.Deadline, complaint.HandledAt, complaint.Outcome, overdue);
    }

    private static PartyView Party(Domain.Parties.Party p) => PartyView.Of(p.Id, p.Kind, p.Name, p.CreditCode, p.IdNumber, p.CreditGrade);

    /// <summary>The linked case by its document number, read through the scoped context: a case the reader may not see is not linked.</summary>
    private static async Task<LinkedRecordView?> CaseAsync(SupervisionDbContext db, int? caseId, CancellationToken ct) => caseId is { } id
        ? await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new LinkedRecordView(c.Id, c.Number)).FirstOrDefaultAsync(ct)
        : null;
}
