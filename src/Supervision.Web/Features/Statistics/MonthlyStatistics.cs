using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Matters;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Statistics;

/// <summary>
/// The monthly statistics (issue 7): each kind of record is counted once, grouped by (agency, street) in the database,
/// and every view (agency, district, sector, city) is a sum of those same cells, so the views' totals always agree.
/// Definitions (docs/statistics.md): inspections by start; cases filed by filing and decided by decision, with the
/// fines and four-list use of the decided ones; warnings by when first raised, at the worst level they reached;
/// notices by issue, replied on time when the reply came by the end of the deadline day; complaints by receipt,
/// handled on time when handled by their deadline. Within the user's scope (a liaison: its agency only).
/// </summary>
public sealed class MonthlyStatistics(UserDb userDb, ReferenceData reference, TimeProvider time)
{
    private readonly Dictionary<int, Agency> _agencies = reference.Agencies.ToDictionary(a => a.Id);
    private readonly Dictionary<int, Domain.Geography.Region> _regions = reference.Regions.ToDictionary(r => r.Id);

    public const string Unassigned = "-";

    public async Task<MonthlyReport> ReadAsync(StatisticsFilter filter, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await ReadAsync(db, filter, ct);
    }

    /// <summary>The figures over a context the caller has scoped (an export job runs with its requester's scope).</summary>
    public async Task<MonthlyReport> ReadAsync(SupervisionDbContext db, StatisticsFilter filter, CancellationToken ct = default)
    {
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var streets = filter.DistrictId is { } d ? reference.Streets.Where(s => s.ParentId == d).Select(s => s.Id).ToList() : null;
        var agencies = reference.AgenciesCovered(filter.Sector, filter.AgencyId);
        var cells = new Dictionary<(int? Agency, int? Street), Figures>();
        void Add(int? agency, int? street, Figures f) =>
            cells[(agency, street)] = cells.TryGetValue((agency, street), out var had) ? had + f : f;

        var inspections = db.Inspections.AsNoTracking().Where(i => i.StartedAt >= from && i.StartedAt < to);
        if (streets is not null) inspections = inspections.Where(i => streets.Contains(i.StreetId));
        if (agencies is not null) inspections = inspections.Where(i => agencies.Contains(i.AgencyId));
        foreach (var g in await inspections.GroupBy(i => new { i.AgencyId, i.StreetId }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Add(g.Key.AgencyId, g.Key.StreetId, new Figures { Inspections = g.Count });

        var cases = db.Cases.AsNoTracking();
        if (streets is not null) cases = cases.Where(c => streets.Contains(c.StreetId));
        if (agencies is not null) cases = cases.Where(c => agencies.Contains(c.AgencyId));
        foreach (var g in await cases.Where(c => c.FiledAt >= from && c.FiledAt < to).GroupBy(c => new { c.AgencyId, c.StreetId })
                     .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Add(g.Key.AgencyId, g.Key.StreetId, new Figures { CasesFiled = g.Count });
        foreach (var g in await cases.Where(c => c.DecidedAt >= from && c.DecidedAt < to).GroupBy(c => new { c.AgencyId, c.StreetId, c.FourList })
                     .Select(g => new { g.Key, Count = g.Count(), Fines = g.Sum(c => c.Fine ?? 0) }).ToListAsync(ct))
            Add(g.Key.AgencyId, g.Key.StreetId, new Figures
            {
                CasesDecided = g.Count,
                Fines = g.Fines,
                NoPenalty = g.Key.FourList == FourList.NoPenalty ? g.Count : 0,
                Reduced = g.Key.FourList == FourList.Reduced ? g.Count : 0,
                Lighter = g.Key.FourList == FourList.Lighter ? g.Count : 0,
                Heavier = g.Key.FourList == FourList.Heavier ? g.Count : 0,
            });

        var warnings = db.Warnings.AsNoTracking().Where(w => w.RaisedAt >= from && w.RaisedAt < to);
        if (streets is not null) warnings = warnings.Where(w => w.StreetId != null && streets.Contains(w.StreetId.Value));
        if (agencies is not null) warnings = warnings.Where(w => w.AgencyId != null && agencies.Contains(w.AgencyId.Value));
        foreach (var g in await warnings.GroupBy(w => new { w.AgencyId, w.StreetId, w.PeakLevel }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Add(g.Key.AgencyId, g.Key.StreetId, new Figures
            {
                WarningsRed = g.Key.PeakLevel == WarningLevel.Red ? g.Count : 0,
                WarningsOrange = g.Key.PeakLevel == WarningLevel.Orange ? g.Count : 0,
                WarningsYellow = g.Key.PeakLevel == WarningLevel.Yellow ? g.Count : 0,
                WarningsBlue = g.Key.PeakLevel == WarningLevel.Blue ? g.Count : 0,
            });

        var complaints = db.Complaints.AsNoTracking().Where(c => c.ReceivedAt >= from && c.ReceivedAt < to);
        if (streets is not null) complaints = complaints.Where(c => c.StreetId != null && streets.Contains(c.StreetId.Value));
        if (agencies is not null) complaints = complaints.Where(c => agencies.Contains(c.AgencyId));
        foreach (var g in await complaints.GroupBy(c => new { c.AgencyId, c.StreetId })
                     .Select(g => new { g.Key, Count = g.Count(), OnTime = g.Sum(c => c.HandledAt != null && c.HandledAt <= c.Deadline ? 1 : 0) }).ToListAsync(ct))
            Add(g.Key.AgencyId, g.Key.StreetId, new Figures { ComplaintsReceived = g.Count, ComplaintsOnTime = g.OnTime });

        // Notices carry no street: they count where their agency sits. A deadline is a Shanghai day, compared here
        // rather than in SQL; a month's notices are few.
        var notices = db.Notices.AsNoTracking().Where(n => n.Status != NoticeStatus.Draft && n.IssuedAt >= from && n.IssuedAt < to);
        if (agencies is not null) notices = notices.Where(n => agencies.Contains(n.AgencyId));
        foreach (var n in await notices.Select(n => new { n.AgencyId, n.ReplyDeadline, n.RepliedAt }).ToListAsync(ct))
        {
            var street = StreetOfAgency(n.AgencyId);
            if (streets is not null && !(DistrictOfAgency(n.AgencyId) == filter.DistrictId)) continue;
            var onTime = n.RepliedAt is { } r && ChinaTime.DayOf(r) <= n.ReplyDeadline;
            Add(n.AgencyId, street, new Figures
            {
                NoticesIssued = 1,
                NoticesOnTime = onTime ? 1 : 0,
                NoticesLate = n.RepliedAt is not null && !onTime ? 1 : 0,
                NoticesUnanswered = n.RepliedAt is null ? 1 : 0,
            });
        }

        var byAgency = cells.GroupBy(c => c.Key.Agency)
            .Select(g => new StatisticsRow(g.Key is { } a ? _agencies[a].Code : Unassigned,
                g.Key is { } id ? _agencies[id].Name : UiText.Get("Statistics.NoAgency"),
                Figures.Sum(g.Select(c => c.Value))))
            .OrderBy(r => r.Key == Unassigned).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byDistrict = cells.GroupBy(c => DistrictOf(c.Key.Street, c.Key.Agency))
            .Select(g => new StatisticsRow(g.Key is { } r ? _regions[r].Code : Unassigned,
                g.Key is { } id ? _regions[id].Name : UiText.Get("Statistics.NoDistrict"),
                Figures.Sum(g.Select(c => c.Value))))
            .OrderBy(r => r.Key == Unassigned).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var bySector = cells.GroupBy(c => c.Key.Agency is { } a ? _agencies[a].Sector : (Sector?)null)
            .Select(g => new StatisticsRow(g.Key?.ToString() ?? Unassigned, g.Key is { } s ? Terms.Of(s) : UiText.Get("Statistics.NoAgency"), Figures.Sum(g.Select(c => c.Value))))
            .OrderBy(r => r.Key == Unassigned).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new MonthlyReport(filter, time.GetUtcNow().UtcDateTime, byAgency, byDistrict, bySector, Figures.Sum(cells.Values));
    }

    /// <summary>The district of a street; with no street, the district of the agency's seat (null: city-level or unknown).</summary>
    private int? DistrictOf(int? street, int? agency)
    {
        if (street is { } s && _regions.TryGetValue(s, out var region)) return region.IsStreetLevel ? region.ParentId : null;
        return agency is { } a ? DistrictOfAgency(a) : null;
    }

    private int? DistrictOfAgency(int agencyId)
    {
        if (!_agencies.TryGetValue(agencyId, out var agency) || !_regions.TryGetValue(agency.RegionId, out var seat)) return null;
        return seat.IsStreetLevel ? seat.ParentId : seat.Kind == Domain.Geography.RegionKind.City ? null : seat.Id;
    }

    private int? StreetOfAgency(int agencyId) =>
        _agencies.TryGetValue(agencyId, out var a) && _regions.TryGetValue(a.RegionId, out var seat) && seat.IsStreetLevel ? seat.Id : null;

}
