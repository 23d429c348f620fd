using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.FeedHealth;

public sealed record AgencyFeed(int AgencyId, string AgencyName, DateTime? LastReceivedAt, int Today, double UsualPerWorkingDay, bool Silent);

/// <summary>
/// Whether an agency's system has gone quiet: a command center must know when its picture is stale, not just show an
/// old one. An agency is silent when, inside office hours of a working day, an agency that usually sends at least
/// <see cref="MinUsualPerDay"/> records a working day has sent nothing for <see cref="SilentAfter"/>.
/// </summary>
public static class FeedRule
{
    public const double MinUsualPerDay = 4;
    public static readonly TimeSpan SilentAfter = TimeSpan.FromHours(2);
    private static readonly TimeSpan OfficeOpens = new(8, 30, 0), OfficeCloses = new(17, 30, 0);

    public static bool IsSilent(DateTime nowUtc, DateTime? lastReceivedUtc, double usualPerWorkingDay, HolidayCalendar calendar)
    {
        var local = ChinaTime.ToLocal(nowUtc);
        if (!calendar.IsWorkingDay(DateOnly.FromDateTime(local))) return false;
        // Only after two office hours have passed today can two hours of silence mean anything.
        if (local.TimeOfDay < OfficeOpens + SilentAfter || local.TimeOfDay > OfficeCloses) return false;
        if (usualPerWorkingDay < MinUsualPerDay) return false;
        return lastReceivedUtc is null || nowUtc - lastReceivedUtc.Value >= SilentAfter;
    }
}

/// <summary>Per agency: when its last record arrived, how many today, and its usual volume over the last four weeks.</summary>
public sealed class FeedHealthQuery(UserDb userDb, ReferenceData reference, TimeProvider time)
{
    private const int WindowDays = 28;

    public async Task<IReadOnlyList<AgencyFeed>> ReadAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var todayStart = ChinaTime.StartOfDayUtc(today);
        var since = ChinaTime.StartOfDayUtc(today.AddDays(-WindowDays));
        await using var db = await userDb.OpenAsync(ct);
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
        var workingDays = Enumerable.Range(1, WindowDays).Count(d => reference.Holidays.IsWorkingDay(today.AddDays(-d)));
        var names = reference.Agencies.ToDictionary(a => a.Id, a => a.Name);
        return arrivals.Select(a =>
            {
                var usual = a.Window / (double)Math.Max(1, workingDays);
                return new AgencyFeed(a.AgencyId, names.GetValueOrDefault(a.AgencyId, "?"), a.Last, a.Today, usual, FeedRule.IsSilent(now, a.Last, usual, reference.Holidays));
            })
            .OrderByDescending(a => a.Silent).ThenByDescending(a => a.UsualPerWorkingDay).ToList();
    }
}

public static class FeedHealthRegistration
{
    public static WebApplicationBuilder AddFeedHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FeedHealthQuery>();
        return builder;
    }
}
