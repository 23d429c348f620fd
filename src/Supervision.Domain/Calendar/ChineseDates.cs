using System.Globalization;

namespace Supervision.Domain.Calendar;

/// <summary>Dates as Chinese documents write them (2026年12月3日, 8时05分), in Asia/Shanghai, for warning and notice text.</summary>
public static class ChineseDates
{
    public static string Day(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    public static string Day(DateTime utc) => Day(ChinaTime.DayOf(utc));

    /// <summary>Day and minute: 2026年12月3日22时05分.</summary>
    public static string Minute(DateTime utc)
    {
        var local = ChinaTime.ToLocal(utc);
        return string.Create(CultureInfo.InvariantCulture, $"{Day(DateOnly.FromDateTime(local))}{local.Hour}时{local.Minute:00}分");
    }

    /// <summary>A span of days: 2026年6月11日至12月7日 (the year once when both ends share it).</summary>
    public static string Span(DateOnly first, DateOnly last) =>
        first.Year == last.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{Day(first)}至{last.Month}月{last.Day}日")
            : $"{Day(first)}至{Day(last)}";
}
