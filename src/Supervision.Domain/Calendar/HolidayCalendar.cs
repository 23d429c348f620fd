namespace Supervision.Domain.Calendar;

/// <summary>
/// China's statutory public holidays and make-up working days (调休), from the State Council's yearly notice
/// (data-seed/holidays.json). A make-up working day is a weekend day worked; a holiday day is any day of a
/// holiday's days-off period.
/// </summary>
public sealed class HolidayCalendar(IEnumerable<(DateOnly From, DateOnly To, string Name)> holidays, IEnumerable<DateOnly> makeUpWorkdays, IReadOnlyCollection<int> years)
{
    private readonly Dictionary<DateOnly, string> _holidays = Expand(holidays);
    private readonly HashSet<DateOnly> _makeUp = [.. makeUpWorkdays];

    /// <summary>The years the calendar knows; outside them only weekends are days off.</summary>
    public IReadOnlyCollection<int> Years { get; } = years;

    public bool Covers(DateOnly day) => Years.Contains(day.Year);

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
