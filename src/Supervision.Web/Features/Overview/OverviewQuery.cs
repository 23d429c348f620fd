using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Activity;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Overview;

/// <summary>
/// The overview's figures for a period and filters, within the user's scope (a liaison sees only its agency). The
/// period applies to activity (inspections, cases filed and decided, fines, the breakdowns); open cases, overdue
/// rectifications and complaints are the state now. District means where the activity took place (its street);
/// sector and agency mean who acted, an agency including the agencies under it.
/// </summary>
public sealed class OverviewQuery(UserDb userDb, ReferenceData reference, TimeProvider time)
{
    public const int TrendDays = 30;
    public const int LatestCount = 15;

    /// <summary>For the signed-in person.</summary>
    public async Task<OverviewData> ReadAsync(OverviewFilter filter, CancellationToken ct = default) => await ReadInAsync(await userDb.OpenAsync(ct), filter, ct);

    /// <summary>
    /// For an agency scope given (a shared screen's view, computed for every screen of that scope at once), counting only
    /// the inspections up to <paramref name="inspectionsUpTo"/> (the view's watermark: later ones it counts as they come).
    /// </summary>
    public async Task<OverviewData> ReadAsync(OverviewFilter filter, int? scope, CancellationToken ct, int? inspectionsUpTo = null) =>
        await ReadInAsync(await userDb.OpenForScopeAsync(scope, ct), filter, ct, inspectionsUpTo);

    private async Task<OverviewData> ReadInAsync(Data.SupervisionDbContext opened, OverviewFilter filter, CancellationToken ct, int? inspectionsUpTo = null)
    {
        await using var db = opened;
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var streets = StreetsOf(filter.DistrictId);
        var agencies = reference.AgenciesCovered(filter.Sector, filter.AgencyId);

        var inspections = db.Inspections.AsNoTracking();
        if (inspectionsUpTo is { } upTo) inspections = inspections.Where(i => i.Id <= upTo);
        var cases = db.Cases.AsNoTracking();
        var orders = db.RectificationOrders.AsNoTracking();
        var complaints = db.Complaints.AsNoTracking();
        if (streets is not null)
        {
            inspections = inspections.Where(i => streets.Contains(i.StreetId));
            cases = cases.Where(c => streets.Contains(c.StreetId));
            orders = orders.Where(o => streets.Contains(o.StreetId));
            complaints = complaints.Where(c => c.StreetId != null && streets.Contains(c.StreetId.Value));
        }
        if (agencies is not null)
        {
            inspections = inspections.Where(i => agencies.Contains(i.AgencyId));
            cases = cases.Where(c => agencies.Contains(c.AgencyId));
            orders = orders.Where(o => agencies.Contains(o.AgencyId));
            complaints = complaints.Where(c => agencies.Contains(c.AgencyId));
        }

        var warnings = db.Warnings.AsNoTracking().Where(w => w.Status == WarningStatus.Open || w.Status == WarningStatus.Acknowledged);
        if (streets is not null) warnings = warnings.Where(w => w.StreetId != null && streets.Contains(w.StreetId.Value));
        if (agencies is not null) warnings = warnings.Where(w => w.AgencyId != null && agencies.Contains(w.AgencyId.Value));
        var byLevel = await warnings.GroupBy(w => w.Level).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var notices = db.Notices.AsNoTracking()
            .Where(n => (n.Status == Domain.Notices.NoticeStatus.Issued || n.Status == Domain.Notices.NoticeStatus.SentBack) && n.ReplyDeadline < today);
        if (agencies is not null) notices = notices.Where(n => agencies.Contains(n.AgencyId));
        var overdueNotices = await notices.CountAsync(ct);

        var inPeriod = inspections.Where(i => i.StartedAt >= from && i.StartedAt < to);
        var filedInPeriod = cases.Where(c => c.FiledAt >= from && c.FiledAt < to);
        var decidedInPeriod = cases.Where(c => c.DecidedAt >= from && c.DecidedAt < to);

        var inspectionsByAgency = await inPeriod.GroupBy(i => i.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var casesByAgency = await filedInPeriod.GroupBy(c => c.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var decided = await decidedInPeriod.GroupBy(c => c.FourList)
            .Select(g => new { List = g.Key, Count = g.Count(), Fines = g.Sum(c => c.Fine ?? 0) }).ToListAsync(ct);

        var byAgency = inspectionsByAgency.Keys.Union(casesByAgency.Keys)
            .Select(id => (Agency: _agencies[id], Inspections: inspectionsByAgency.GetValueOrDefault(id), Cases: casesByAgency.GetValueOrDefault(id)))
            .ToList();
        var bySector = byAgency.GroupBy(a => a.Agency.Sector)
            .Select(g => new NamedCount(g.Key.ToString(), Terms.Of(g.Key), g.Sum(a => a.Inspections), g.Sum(a => a.Cases)))
            .OrderByDescending(s => s.Inspections + s.Cases).ToList();
        var topAgencies = byAgency.OrderByDescending(a => a.Inspections + a.Cases).ThenBy(a => a.Agency.Code).Take(10)
            .Select(a => new NamedCount(a.Agency.Code, a.Agency.Name, a.Inspections, a.Cases)).ToList();
        // Decisions under none of the four lists are a slice of their own: without it, 6 list decisions out of 20 would fill the ring.
        var fourLists = Enum.GetValues<Domain.Matters.FourList>()
            .Select(l => new NamedCount(l.ToString(), Terms.Of(l), 0, decided.Where(d => d.List == l).Sum(d => d.Count)))
            .Append(new NamedCount(NamedCount.NoList, UiText.Get("FourList.None"), 0, decided.Where(d => d.List == null).Sum(d => d.Count))).ToList();

        return new OverviewData(
            now, filter,
            inspectionsByAgency.Values.Sum(),
            casesByAgency.Values.Sum(),
            decided.Sum(d => d.Count),
            decided.Sum(d => d.Fines),
            await cases.CountAsync(c => c.Stage != CaseStage.Closed, ct),
            await orders.CountAsync(o => o.ReviewedAt == null && o.Deadline < today, ct),
            await complaints.CountAsync(c => c.HandledAt == null, ct),
            await complaints.CountAsync(c => c.HandledAt == null && c.Deadline < now, ct),
            bySector, topAgencies, fourLists,
            await TrendAsync(inspections, cases, ChinaTime.DayOf(to.AddTicks(-1)), ct),
            await LatestAsync(db, inspections, cases, ct))
        {
            Warnings = new WarningCounts(byLevel.GetValueOrDefault(WarningLevel.Red), byLevel.GetValueOrDefault(WarningLevel.Orange),
                byLevel.GetValueOrDefault(WarningLevel.Yellow), byLevel.GetValueOrDefault(WarningLevel.Blue)),
            OverdueNotices = overdueNotices,
        };
    }

    /// <summary>Inspections and cases filed per Asia/Shanghai day over the 30 days ending with <paramref name="lastDay"/>.</summary>
    private static async Task<IReadOnlyList<DayCount>> TrendAsync(IQueryable<Domain.Inspections.Inspection> inspections,
        IQueryable<Case> cases, DateOnly lastDay, CancellationToken ct)
    {
        var firstDay = lastDay.AddDays(-(TrendDays - 1));
        var (from, to) = (ChinaTime.StartOfDayUtc(firstDay), ChinaTime.StartOfDayUtc(lastDay.AddDays(1)));
        // Grouping by a Shanghai day is not portable SQL; a month of instants is small enough to group here.
        var inspected = (await inspections.Where(i => i.StartedAt >= from && i.StartedAt < to).Select(i => i.StartedAt).ToListAsync(ct))
            .CountBy(ChinaTime.DayOf).ToDictionary();
        var filed = (await cases.Where(c => c.FiledAt >= from && c.FiledAt < to).Select(c => c.FiledAt).ToListAsync(ct))
            .CountBy(ChinaTime.DayOf).ToDictionary();
        return Enumerable.Range(0, TrendDays).Select(d => firstDay.AddDays(d))
            .Select(day => new DayCount(day, inspected.GetValueOrDefault(day), filed.GetValueOrDefault(day))).ToList();
    }

    /// <summary>The latest records as activity events, so that the table opens full and live events simply go on top.</summary>
    private async Task<IReadOnlyList<ActivityEvent>> LatestAsync(Data.SupervisionDbContext db, IQueryable<Domain.Inspections.Inspection> inspections,
        IQueryable<Case> cases, CancellationToken ct)
    {
        var latestInspections = await inspections.OrderByDescending(i => i.ReceivedAt).Take(LatestCount)
            .Join(db.Parties, i => i.PartyId, p => p.Id, (i, p) => new { i.Id, i.AgencyId, i.StreetId, i.Longitude, i.Latitude, i.StartedAt, i.ReceivedAt, p.Kind, p.Name })
            .ToListAsync(ct);
        var latestCases = await cases.OrderByDescending(c => c.ReceivedAt).Take(LatestCount)
            .Join(db.Parties, c => c.PartyId, p => p.Id,
                (c, p) => new { c.Id, c.AgencyId, c.StreetId, c.Longitude, c.Latitude, c.FiledAt, c.ReceivedAt, c.MatterId, c.Stage, p.Kind, p.Name })
            .ToListAsync(ct);
        var matters = reference.Matters.ToDictionary(m => m.Id, m => m.Name);
        return latestInspections.Select(i => Event("inspection", i.Id, i.AgencyId, i.StreetId, i.Longitude, i.Latitude, i.StartedAt, i.ReceivedAt, i.Kind, i.Name,
                $"{_agencies[i.AgencyId].Name}检查{PersonalData.Display(i.Kind, i.Name)}"))
            .Concat(latestCases.Select(c => Event("case", c.Id, c.AgencyId, c.StreetId, c.Longitude, c.Latitude, c.FiledAt, c.ReceivedAt, c.Kind, c.Name,
                EventText.CaseSummary(_agencies[c.AgencyId].Name, c.Stage, matters.GetValueOrDefault(c.MatterId), PersonalData.Display(c.Kind, c.Name)))))
            .OrderByDescending(e => e.ReceivedAt).Take(LatestCount).ToList();
    }

    private ActivityEvent Event(string kind, int id, int agencyId, int streetId, double lon, double lat, DateTime occurred, DateTime received,
        PartyKind partyKind, string partyName, string summary) =>
        new(0, kind, "created", id, agencyId, _agencies[agencyId].Name, streetId, _regions.GetValueOrDefault(streetId)?.Name ?? "", lon, lat, occurred, received,
            PersonalData.Display(partyKind, partyName), summary);

    private readonly Dictionary<int, Agency> _agencies = reference.Agencies.ToDictionary(a => a.Id);
    private readonly Dictionary<int, Domain.Geography.Region> _regions = reference.Regions.ToDictionary(r => r.Id);

    /// <summary>The streets of a district (null: no district filter).</summary>
    private List<int>? StreetsOf(int? districtId) =>
        districtId is { } d ? reference.Streets.Where(s => s.ParentId == d).Select(s => s.Id).ToList() : null;


    /// <summary>Evaluates whether a live event belongs to what the filter shows (the period is the caller's concern).</summary>
    public bool Matches(OverviewFilter filter, ActivityEvent e) =>
        (filter.DistrictId is not { } d || _regions.GetValueOrDefault(e.StreetId)?.ParentId == d)
        && (filter.Sector is not { } s || _agencies.GetValueOrDefault(e.AgencyId)?.Sector == s)
        && (filter.AgencyId is not { } a || reference.IsUnder(e.AgencyId, a));
}
