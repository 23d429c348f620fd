using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>
/// What the map shows: a period [FromUtc, ToUtc) and optional filters. District means where the activity took place
/// (its street); sector and agency mean who acted, an agency including the agencies under it — as on the overview.
/// </summary>
public sealed record FigureFilter(DateTime FromUtc, DateTime ToUtc, int? DistrictId = null, Sector? Sector = null, int? AgencyId = null)
{
    public static FigureFilter Of(WindowRange range) => new(range.FromUtc, range.ToUtc);
}

/// <summary>What the map colours a street by.</summary>
public enum MapMetric
{
    /// <summary>活动: inspections and cases filed in the period.</summary>
    Activity = 0,
    /// <summary>预警: see <see cref="StreetFigure.Warnings"/>.</summary>
    Warnings = 1,
}

/// <summary>
/// One street's figures. Inspections, cases and complaints count what happened in the period; open and overdue
/// rectification orders and overdue complaints are the state now, whatever the period (an order issued last month and
/// still not reviewed is overdue today).
/// </summary>
public sealed record StreetFigure(
    int StreetId,
    string Code,
    string Name,
    string District,
    int Inspections,
    int Cases,
    int Complaints,
    int OpenRectifications,
    int OverdueRectifications,
    int OverdueComplaints)
{
    public int Activity => Inspections + Cases;

    /// <summary>
    /// Live warnings (open or acknowledged) about the street's subjects, now, whatever the period: the warning engine's
    /// picture, which includes overdue rectifications and complaints among its fourteen rules.
    /// </summary>
    public int Warnings { get; init; }

    public int Value(MapMetric metric) => metric == MapMetric.Warnings ? Warnings : Activity;

    /// <summary>The lines the map's tooltip shows under the street's name.</summary>
    public IReadOnlyList<string> Lines() =>
    [
        District,
        UiText.Format("Map.Street.Activity", N0(Inspections), N0(Cases)),
        UiText.Format("Map.Street.Complaints", N0(Complaints), N0(OverdueComplaints)),
        UiText.Format("Map.Street.Rectifications", N0(OpenRectifications), N0(OverdueRectifications)),
        UiText.Format("Map.Street.Warnings", N0(Warnings)),
    ];

    private static string N0(int value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN"));
}

/// <summary>Per-street counts for the map, within the user's scope (a liaison sees only its agency's records).</summary>
public sealed class StreetFigures(UserDb userDb, ReferenceData reference, TimeProvider time)
{

    /// <summary>Every street (of the district, when filtered), with zeros where nothing happened, in code order.</summary>
    public async Task<IReadOnlyList<StreetFigure>> ReadAsync(FigureFilter filter, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var agencies = reference.AgenciesCovered(filter.Sector, filter.AgencyId);
        await using var db = await userDb.OpenAsync(ct);

        var inspections = db.Inspections.AsNoTracking().Where(i => i.StartedAt >= from && i.StartedAt < to);
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
