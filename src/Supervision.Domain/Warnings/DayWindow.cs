using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// Whole Asia/Shanghai calendar days, first and last included. A window of N days ending today starts N − 1 days
/// before today, so "3 in 30 days" means today and the 29 days before it, however late in the day the job runs.
/// </summary>
public readonly record struct DayWindow(DateOnly First, DateOnly Last)
{
    public static DayWindow Ending(DateTime nowUtc, int days)
    {
        var today = ChinaTime.DayOf(nowUtc);
        return new(today.AddDays(-(days - 1)), today);
    }

    /// <summary>The Shanghai calendar year that contains now, up to today.</summary>
    public static DayWindow YearToDate(DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        return new(new DateOnly(today.Year, 1, 1), today);
    }

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public bool Contains(DateTime utc) => Contains(ChinaTime.DayOf(utc));

    public string Describe() => ChineseDates.Span(First, Last);
}
