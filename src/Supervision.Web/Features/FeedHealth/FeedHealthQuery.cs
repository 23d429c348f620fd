using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.FeedHealth;

/// <summary>Per agency: when its last record arrived, how many today, and its usual volume over the last four weeks.</summary>
public sealed class FeedHealthQuery(UserDb userDb, ReferenceData reference, CurrentCalendar calendar, TimeProvider time)
{
    private const int WindowDays = 28;

    public async Task<IReadOnlyList<AgencyFeed>> ReadAsync(CancellationToken ct = default) => await ReadInAsync(await userDb.OpenAsync(ct), ct);

    /// <summary>For an agency scope given (a shared screen's view).</summary>
    public async Task<IReadOnlyList<AgencyFeed>> ReadAsync(int? scope, CancellationToken ct) => await ReadInAsync(await userDb.OpenForScopeAsync(scope, ct), ct);

    private async Task<IReadOnlyList<AgencyFeed>> ReadInAsync(Data.SupervisionDbContext opened, CancellationToken ct)
    {
        await using var db = opened;
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var todayStart = ChinaTime.StartOfDayUtc(today);
        var since = ChinaTime.StartOfDayUtc(today.AddDays(-WindowDays));
        var arrivals = await db.Inspections.Where(i => i.ReceivedAt >= since).Select(i => new { i.AgencyId, i.ReceivedAt })
            .Concat(db.Cases.Where(c => c.ReceivedAt >= since).Select(c => new { c.AgencyId, c.ReceivedAt }))
            .Concat(db.RectificationOrders.Where(o => o.ReceivedAt >= since).Select(o => new { o.AgencyId, o.ReceivedAt }))
            .Concat(db.CompulsoryMeasures.Where(m => m.ReceivedAt >= since).Select(m => new { m.AgencyId, m.ReceivedAt }))
            // Complaints are left out: they come from citizens (码上监督, 12345), so their flow says nothing about
            // whether the agency's own system is still sending.
            .GroupBy(x => x.AgencyId)
            .Select(g => new { AgencyId = g.Key, Last = g.Max(x => x.ReceivedAt),
                Today = g.Count(x => x.ReceivedAt >= todayStart), Window = g.Count(x => x.ReceivedAt < todayStart) })
            .ToListAsync(ct);
        var workingDays = Enumerable.Range(1, WindowDays).Count(d => calendar.Calendar.IsWorkingDay(today.AddDays(-d)));
        var names = reference.Agencies.ToDictionary(a => a.Id, a => a.Name);
        return arrivals.Select(a =>
            {
                var usual = a.Window / (double)Math.Max(1, workingDays);
                return new AgencyFeed(a.AgencyId, names.GetValueOrDefault(a.AgencyId, "?"), a.Last, a.Today, usual, FeedRule.IsSilent(now, a.Last, usual, calendar.Calendar));
            })
            .OrderByDescending(a => a.Silent).ThenByDescending(a => a.UsualPerWorkingDay).ToList();
    }
}
