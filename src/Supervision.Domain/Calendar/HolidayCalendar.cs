namespace Supervision.Domain.Calendar;

/// <summary>
/// China's statutory public holidays and make-up working days (调休), from the State Council's yearly notice, as the
/// admins maintain them (seeded from data-seed/holidays.json). A make-up working day is a weekend day worked; a holiday
/// day is any day of a holiday's days-off period.
/// <para>
/// A year the calendar does not hold is not known to have no holidays: there, only Saturdays and Sundays count as days
/// off (a holiday falls on some day of every year, so this is the fewest days off the year can have, and a deadline
/// counted this way is the earliest it can be). Whoever counts through such a day asks <see cref="UncoveredYearIn"/>
/// and says in its result that the count is provisional, rather than presenting it as settled.
/// </para>
/// </summary>
public sealed class HolidayCalendar(IEnumerable<(DateOnly From, DateOnly To, string Name)> holidays, IEnumerable<DateOnly> makeUpWorkdays, IReadOnlyCollection<int> years)
{
    private readonly Dictionary<DateOnly, string> _holidays = Expand(holidays);
    private readonly HashSet<DateOnly> _makeUp = [.. makeUpWorkdays];

    /// <summary>The years the calendar knows; outside them only weekends are days off.</summary>
    public IReadOnlyCollection<int> Years { get; } = years;

    public bool Covers(DateOnly day) => Years.Contains(day.Year);

    /// <summary>The first year of [<paramref name="first"/>, <paramref name="last"/>] the calendar does not hold, or null.</summary>
    public int? UncoveredYearIn(DateOnly first, DateOnly last)
    {
        for (var year = first.Year; year <= last.Year; year++)
            if (!Years.Contains(year)) return year;
        return null;
    }

    /// <summary>The first day on or after <paramref name="from"/> the calendar does not hold.</summary>
    public DateOnly CoveredUntil(DateOnly from)
    {
        var year = from.Year;
        while (Years.Contains(year)) year++;
        return year == from.Year ? from : new DateOnly(year, 1, 1);
    }

    public bool IsPublicHoliday(DateOnly day) => _holidays.ContainsKey(day);

    public string? HolidayName(DateOnly day) => _holidays.GetValueOrDefault(day);

    public bool IsMakeUpWorkday(DateOnly day) => _makeUp.Contains(day);

    public bool IsWorkingDay(DateOnly day) =>
        !IsPublicHoliday(day) && (IsMakeUpWorkday(day) || day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The n-th working day after <paramref name="day"/> (n = 0: the day itself if it is a working day, else the next one).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int n)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        for (var i = 0; i < n; i++)
        {
            day = day.AddDays(1);
            while (!IsWorkingDay(day)) day = day.AddDays(1);
        }
        return day;
    }

    private static Dictionary<DateOnly, string> Expand(IEnumerable<(DateOnly From, DateOnly To, string Name)> holidays)
    {
        var days = new Dictionary<DateOnly, string>();
        foreach (var (from, to, name) in holidays)
        {
            if (to < from) throw new ArgumentException($"Holiday {name} ends ({to}) before it starts ({from}).");
            for (var d = from; d <= to; d = d.AddDays(1)) days[d] = name;
        }
        return days;
    }
}
