using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Map;

/// <summary>A day's inspections (by start) and cases (by filing), in time order, within the user's scope.</summary>
public sealed class ReplayDays(UserDb userDb)
{
    /// <summary>More than a busy day of the Jinan profile (about 1,100 records): a replay never loads without bound.</summary>
    public const int MaxPoints = 20_000;

    /// <summary>The last day before <paramref name="today"/> with an inspection, what a replay offers first (a weekend has none).</summary>
    public async Task<DateOnly?> LastActiveDayBeforeAsync(DateOnly today, CancellationToken ct = default)
    {
        var before = ChinaTime.StartOfDayUtc(today);
        await using var db = await userDb.OpenAsync(ct);
        var last = await db.Inspections.Where(i => i.StartedAt < before).OrderByDescending(i => i.StartedAt).Select(i => (DateTime?)i.StartedAt).FirstOrDefaultAsync(ct);
        return last is { } t ? ChinaTime.DayOf(t) : null;
    }

    public async Task<IReadOnlyList<ReplayPoint>> ReadAsync(DateOnly day, CancellationToken ct = default)
    {
        var (from, to) = (ChinaTime.StartOfDayUtc(day), ChinaTime.StartOfDayUtc(day.AddDays(1)));
        await using var db = await userDb.OpenAsync(ct);
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.StartedAt >= from && i.StartedAt < to)
            .OrderBy(i => i.StartedAt).Take(MaxPoints)
            .Select(i => new ReplayPoint(i.StartedAt, "inspection", i.Longitude, i.Latitude, i.StreetId)).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.FiledAt >= from && c.FiledAt < to)
            .OrderBy(c => c.FiledAt).Take(MaxPoints)
            .Select(c => new ReplayPoint(c.FiledAt, "case", c.Longitude, c.Latitude, c.StreetId)).ToListAsync(ct);
        return inspections.Concat(cases).OrderBy(p => p.AtUtc).Take(MaxPoints).ToList();
    }
}
