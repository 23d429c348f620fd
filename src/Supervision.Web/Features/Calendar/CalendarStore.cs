using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Calendar;

/// <summary>Between the calendar's tables and the domain's <see cref="HolidayCalendar"/>, for whichever context the caller opened.</summary>
public static class CalendarStore
{
    public static async Task<HolidayCalendar> ReadAsync(SupervisionDbContext db, CancellationToken ct)
    {
        var years = await db.Set<CalendarYear>().AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        var holidays = await db.Set<HolidayPeriod>().AsNoTracking().ToListAsync(ct);
        var makeUps = await db.Set<MakeUpWorkday>().AsNoTracking().Select(m => m.Date).ToListAsync(ct);
        return new HolidayCalendar(holidays.OrderBy(h => h.From).Select(h => (h.From, h.To, h.Name)), makeUps, years);
    }

    public static CalendarYear Row(CalendarDraft draft, DateTime at, string by) => new()
    {
        Year = draft.Year,
        Source = draft.Source,
        UpdatedAt = at,
        UpdatedBy = by,
        Holidays = [.. draft.Holidays.Select(h => new HolidayPeriod { Year = draft.Year, Name = h.Name, From = h.From, To = h.To })],
        MakeUpWorkdays = [.. draft.MakeUpWorkdays.Select(m => new MakeUpWorkday { Year = draft.Year, Date = m.Date, For = m.For })],
    };
}
