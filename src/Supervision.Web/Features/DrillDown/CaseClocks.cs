using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Web.Data;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// What moves the decision limits of the cases a list shows: their extensions and suspensions with their receipts, so
/// the list's overdue flag and filter agree with the case page and the warning (<see cref="DecisionPeriod.Clock"/>).
/// Few cases have either, so they are loaded for a page of rows, or for the undecided ones the overdue filter weighs.
/// </summary>
public static class CaseClocks
{
    public sealed record Moves(IReadOnlyList<Extension> Extensions, IReadOnlyList<Suspension> Suspensions);

    /// <summary>
    /// The extensions and suspensions of <paramref name="caseIds"/>, keyed by case; a case with neither is absent. What came
    /// with the case's first receipt counts as claimed (no receipt day): only what was sent afterwards is judged by its receipt.
    /// </summary>
    public static async Task<Dictionary<int, Moves>> LoadAsync(SupervisionDbContext db, IQueryable<int> caseIds, CancellationToken ct)
    {
        var suspensions = (await (
                from s in db.CaseSuspensions.AsNoTracking()
                where caseIds.Contains(s.CaseId)
                join c in db.Cases on s.CaseId equals c.Id
                select new { s.CaseId, s.Reason, s.StartsOn, s.EndsOn, ReceivedAt = s.ReceivedAt == c.ReceivedAt ? null : s.ReceivedAt })
                .ToListAsync(ct))
            .ToLookup(s => s.CaseId, s => new Suspension(s.Reason, s.StartsOn, s.EndsOn, s.ReceivedAt is { } r ? ChinaTime.DayOf(r) : null));
        var extensions = (await (
                from e in db.CaseExtensions.AsNoTracking()
                where caseIds.Contains(e.CaseId)
                join c in db.Cases on e.CaseId equals c.Id
                select new { e.CaseId, e.Until, e.ReceivedAt, Claimed = e.ReceivedAt == c.ReceivedAt })
                .ToListAsync(ct))
            .ToLookup(e => e.CaseId, e => new Extension(e.Until, e.Claimed ? null : ChinaTime.DayOf(e.ReceivedAt)));
        var extended = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id) && c.ExtendedUntil != null)
            .Select(c => new { c.Id, c.ExtendedUntil }).ToDictionaryAsync(c => c.Id, c => c.ExtendedUntil, ct);
        return suspensions.Select(s => s.Key).Union(extended.Keys).Distinct()
            .ToDictionary(id => id, id => new Moves(Extension.Of(extended.GetValueOrDefault(id), [.. extensions[id]]), [.. suspensions[id]]));
    }

    /// <summary>
    /// Undecided open cases filed before <paramref name="filedBefore"/> whose extension or suspensions exist, and that are
    /// still past their moved limit today: the overdue filter's exact answer for the cases a filing-time bound cannot settle.
    /// </summary>
    public static async Task<List<int>> OverdueMovedAsync(SupervisionDbContext db, DateTime filedBefore, DateOnly today, HolidayCalendar calendar,
        CancellationToken ct)
    {
        var undecided = db.Cases.AsNoTracking().Where(c => c.DecidedAt == null && c.FiledAt < filedBefore
            && (c.ExtendedUntil != null || db.CaseSuspensions.Any(s => s.CaseId == c.Id)));
        var filed = await undecided.Select(c => new { c.Id, c.FiledAt }).ToDictionaryAsync(c => c.Id, c => c.FiledAt, ct);
        var moves = await LoadAsync(db, undecided.Select(c => c.Id), ct);
        return [.. filed.Where(c => CaseTimeline.DecisionOverdue(c.Value, null, today, calendar,
                moves.TryGetValue(c.Key, out var m) ? CaseTimeline.ClockOf(c.Value, m.Extensions, m.Suspensions, calendar) : null))
            .Select(c => c.Key)];
    }
}
