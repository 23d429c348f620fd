using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Calendar;

/// <summary>
/// The admins' changes to the holiday calendar. Each one rebuilds the year it touches, checks the whole year
/// (<see cref="CalendarDraft.Validate"/>) and saves it in one transaction or not at all; every change is audited with what
/// changed, and the calendar in force is reloaded, so the rules count with it from the next evaluation on.
/// </summary>
public sealed class CalendarEditor(UserDb users, AuditLog audit, CurrentCalendar current, TimeProvider time)
{
    public async Task<IReadOnlyList<CalendarYear>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await users.OpenAsync(ct);
        return await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Holidays).Include(y => y.MakeUpWorkdays)
            .OrderBy(y => y.Year).AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>Adds a holiday (<paramref name="id"/> null) or changes one.</summary>
    public Task<Outcome<int>> SaveHolidayAsync(int year, int? id, HolidayDraft holiday, ClaimsPrincipal by, CancellationToken ct = default) =>
        ChangeAsync(year, by, y =>
        {
            var row = id is null ? null : y.Holidays.FirstOrDefault(h => h.Id == id);
            var before = row is null ? null : Describe(row.Name, row.From, row.To);
            if (row is null)
            {
                row = new HolidayPeriod { Year = year, Name = "", From = holiday.From, To = holiday.To };
                y.Holidays.Add(row);
            }
            (row.Name, row.From, row.To) = (holiday.Name.Trim(), holiday.From, holiday.To);
            var after = Describe(row.Name, row.From, row.To);
            return before is null ? UiText.Chinese("Calendar.Audit.HolidayAdded") + after : $"{before} → {after}";
        }, ct);

    public Task<Outcome<int>> RemoveHolidayAsync(int year, int id, ClaimsPrincipal by, CancellationToken ct = default) =>
        ChangeAsync(year, by, y =>
        {
            var row = y.Holidays.FirstOrDefault(h => h.Id == id);
            if (row is null) return null;
            y.Holidays.Remove(row);
            return UiText.Chinese("Calendar.Audit.HolidayRemoved") + Describe(row.Name, row.From, row.To);
        }, ct);

    public Task<Outcome<int>> AddMakeUpAsync(int year, MakeUpDraft day, ClaimsPrincipal by, CancellationToken ct = default) =>
        ChangeAsync(year, by, y =>
        {
            y.MakeUpWorkdays.Add(new MakeUpWorkday { Year = year, Date = day.Date, For = string.IsNullOrWhiteSpace(day.For) ? null : day.For.Trim() });
            return UiText.Chinese("Calendar.Audit.MakeUpAdded") + Describe(day.For ?? "", day.Date, day.Date);
        }, ct);

    public Task<Outcome<int>> RemoveMakeUpAsync(int year, int id, ClaimsPrincipal by, CancellationToken ct = default) =>
        ChangeAsync(year, by, y =>
        {
            var row = y.MakeUpWorkdays.FirstOrDefault(m => m.Id == id);
            if (row is null) return null;
            y.MakeUpWorkdays.Remove(row);
            return UiText.Chinese("Calendar.Audit.MakeUpRemoved") + Describe(row.For ?? "", row.Date, row.Date);
        }, ct);

    /// <summary>A year with no holiday entered yet: from now on it counts as maintained, so the admin fills it in at once.</summary>
    public Task<Outcome<int>> AddYearAsync(int year, string source, ClaimsPrincipal by, CancellationToken ct = default) =>
        ReplaceAsync(new CalendarDraft(year, source.Trim(), [], []), AuditActions.CalendarYearAdded, null, by, mustBeNew: true, ct);

    public async Task<Outcome<int>> RemoveYearAsync(int year, ClaimsPrincipal by, CancellationToken ct = default)
    {
        await using var db = await users.OpenAsync(by, ct);
        var row = await db.Set<CalendarYear>().FirstOrDefaultAsync(y => y.Year == year, ct);
        if (row is null) return Outcome<int>.Refused(UiText.Get("Calendar.Field.Year"), UiText.Format("Calendar.Error.NoSuchYear", year));
        db.Remove(row);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditActions.CalendarYearRemoved, Target(year), row.Source, by, ct: ct);
        await current.ReloadAsync(ct);
        return Outcome<int>.Done(year);
    }

    /// <summary>
    /// One year from a holiday file (<see cref="CalendarFile"/>), replacing what the database holds for that year; a file
    /// with any problem changes nothing and every problem is reported by field.
    /// </summary>
    public async Task<Outcome<int>> ImportAsync(string json, string fileName, ClaimsPrincipal by, CancellationToken ct = default)
    {
        var parsed = CalendarFile.Parse(json);
        if (!parsed.Succeeded) return Outcome<int>.Refused(parsed.Problems);
        if (parsed.Value!.Count != 1)
            return Outcome<int>.Refused(UiText.Get("Calendar.Field.Year"), UiText.Get("Calendar.Error.OneYear"));
        return await ReplaceAsync(parsed.Value[0], AuditActions.CalendarImported, fileName, by, mustBeNew: false, ct);
    }

    private async Task<Outcome<int>> ChangeAsync(int year, ClaimsPrincipal by, Func<CalendarYear, string?> change, CancellationToken ct)
    {
        await using var db = await users.OpenAsync(by, ct);
        var row = await db.Set<CalendarYear>().Include(y => y.Holidays).Include(y => y.MakeUpWorkdays).AsSplitQuery()
            .FirstOrDefaultAsync(y => y.Year == year, ct);
        if (row is null) return Outcome<int>.Refused(UiText.Get("Calendar.Field.Year"), UiText.Format("Calendar.Error.NoSuchYear", year));
        if (change(row) is not { } detail) return Outcome<int>.Done(year);
        var draft = CalendarDraft.Of(row);
        if (await ProblemsAsync(db, draft, ct) is { Count: > 0 } problems) return Outcome<int>.Refused(problems);
        (row.UpdatedAt, row.UpdatedBy) = (time.GetUtcNow().UtcDateTime, by.Identity?.Name ?? "(未知)");
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditActions.CalendarChanged, Target(year), detail, by, ct: ct);
        await current.ReloadAsync(ct);
        return Outcome<int>.Done(year);
    }

    private async Task<Outcome<int>> ReplaceAsync(CalendarDraft draft, string action, string? fileName, ClaimsPrincipal by, bool mustBeNew, CancellationToken ct)
    {
        await using var db = await users.OpenAsync(by, ct);
        if (await ProblemsAsync(db, draft, ct) is { Count: > 0 } problems) return Outcome<int>.Refused(problems);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var old = await db.Set<CalendarYear>().FirstOrDefaultAsync(y => y.Year == draft.Year, ct);
        if (old is not null && mustBeNew)
            return Outcome<int>.Refused(UiText.Get("Calendar.Field.Year"), UiText.Format("Calendar.Error.YearExists", draft.Year));
        if (old is not null)
        {
            db.Remove(old);
            await db.SaveChangesAsync(ct);
        }
        db.Add(CalendarStore.Row(draft, time.GetUtcNow().UtcDateTime, by.Identity?.Name ?? "(未知)"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var detail = string.Join("；", [
            .. fileName is null ? Array.Empty<string>() : [UiText.Chinese("Calendar.Audit.File") + fileName],
            .. draft.Holidays.Select(h => Describe(h.Name, h.From, h.To)),
            .. draft.MakeUpWorkdays.Select(m => UiText.Chinese("Calendar.Audit.MakeUp") + Describe(m.For ?? "", m.Date, m.Date)),
        ]);
        await audit.WriteAsync(action, Target(draft.Year), detail, by, ct: ct);
        await current.ReloadAsync(ct);
        return Outcome<int>.Done(draft.Year);
    }

    /// <summary>The year's own problems, and make-up days another year already lists (a date is worked for one notice only).</summary>
    private static async Task<IReadOnlyList<FieldError>> ProblemsAsync(SupervisionDbContext db, CalendarDraft draft, CancellationToken ct)
    {
        var problems = draft.Validate().ToList();
        var dates = draft.MakeUpWorkdays.Select(m => m.Date).ToList();
        var taken = await db.Set<MakeUpWorkday>().Where(m => m.Year != draft.Year && dates.Contains(m.Date)).ToListAsync(ct);
        foreach (var t in taken)
        {
            var index = draft.MakeUpWorkdays.ToList().FindIndex(m => m.Date == t.Date);
            problems.Add(new(CalendarDraft.MakeUpField(index), UiText.Format("Calendar.Error.TakenByYear", CalendarDraft.Day(t.Date), t.Year), index + 1));
        }
        return problems;
    }

    private static string Target(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}年");

    private static string Describe(string name, DateOnly from, DateOnly to) =>
        from == to ? $"{name} {CalendarDraft.Day(from)}" : $"{name} {CalendarDraft.Day(from)}～{CalendarDraft.Day(to)}";
}
