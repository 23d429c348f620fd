using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>Per-street counts for the map, within the user's scope (a liaison sees only its agency's records).</summary>
public sealed class StreetFigures(UserDb userDb, ReferenceData reference, TimeProvider time)
{

    /// <summary>Every street (of the district, when filtered), with zeros where nothing happened, in code order.</summary>
    public async Task<IReadOnlyList<StreetFigure>> ReadAsync(FigureFilter filter, CancellationToken ct = default) =>
        await ReadInAsync(await userDb.OpenAsync(ct), filter, ct);

    /// <summary>For an agency scope given (a shared screen's view), inspections up to a watermark as the overview's.</summary>
    public async Task<IReadOnlyList<StreetFigure>> ReadAsync(FigureFilter filter, int? scope, CancellationToken ct, int? inspectionsUpTo = null) =>
        await ReadInAsync(await userDb.OpenForScopeAsync(scope, ct), filter, ct, inspectionsUpTo);

    private async Task<IReadOnlyList<StreetFigure>> ReadInAsync(Data.SupervisionDbContext opened, FigureFilter filter, CancellationToken ct,
        int? inspectionsUpTo = null)
    {
        await using var db = opened;
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var agencies = reference.AgenciesCovered(filter.Sector, filter.AgencyId);

        var inspections = db.Inspections.AsNoTracking().Where(i => i.StartedAt >= from && i.StartedAt < to);
        if (inspectionsUpTo is { } upTo) inspections = inspections.Where(i => i.Id <= upTo);
        var cases = db.Cases.AsNoTracking().Where(c => c.FiledAt >= from && c.FiledAt < to);
        var openOrders = db.RectificationOrders.AsNoTracking().Where(o => o.ReviewedAt == null);
        var complaints = db.Complaints.AsNoTracking().Where(c => c.StreetId != null);
        if (agencies is not null)
        {
            inspections = inspections.Where(i => agencies.Contains(i.AgencyId));
            cases = cases.Where(c => agencies.Contains(c.AgencyId));
            openOrders = openOrders.Where(o => agencies.Contains(o.AgencyId));
            complaints = complaints.Where(c => agencies.Contains(c.AgencyId));
        }

        // One grouped count per table: a few hundred rows back however many records there are.
        var inspected = await inspections.GroupBy(i => i.StreetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var filed = await cases.GroupBy(c => c.StreetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var orders = await openOrders.GroupBy(o => o.StreetId)
            .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(o => o.Deadline < today) })
            .ToDictionaryAsync(x => x.Key, ct);
        var complained = await complaints.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to)
            .GroupBy(c => c.StreetId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var warnings = db.Warnings.AsNoTracking().Where(w => w.StreetId != null
            && (w.Status == Domain.Warnings.WarningStatus.Open || w.Status == Domain.Warnings.WarningStatus.Acknowledged));
        if (agencies is not null) warnings = warnings.Where(w => w.AgencyId != null && agencies.Contains(w.AgencyId.Value));
        var warned = await warnings.GroupBy(w => w.StreetId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var lateComplaints = await complaints.Where(c => c.HandledAt == null && c.Deadline < now)
            .GroupBy(c => c.StreetId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var districts = reference.Regions.ToDictionary(r => r.Id, r => r.Name);
        return reference.Streets
            .Where(s => filter.DistrictId is not { } d || s.ParentId == d)
            .OrderBy(s => s.Code)
            .Select(s => new StreetFigure(
                s.Id, s.Code, s.Name, s.ParentId is { } p ? districts.GetValueOrDefault(p, "") : "",
                inspected.GetValueOrDefault(s.Id),
                filed.GetValueOrDefault(s.Id),
                complained.GetValueOrDefault(s.Id),
                orders.TryGetValue(s.Id, out var o) ? o.Open : 0,
                o?.Overdue ?? 0,
                lateComplaints.GetValueOrDefault(s.Id)) { Warnings = warned.GetValueOrDefault(s.Id) })
            .ToList();
    }

}
