using System.Globalization;
using System.Text.Json;
using Supervision.Domain.Calendar;

namespace Supervision.Tests.Domain.Warnings;

/// <summary>Times written as Asia/Shanghai wall clock, and the shipped holiday calendar (2025–2026).</summary>
internal static class WarningTestData
{
    /// <summary>"2026-03-10 18:00" in Shanghai, as the UTC instant records carry.</summary>
    public static DateTime Local(string wallClock) =>
        ChinaTime.ToUtc(DateTime.ParseExact(wallClock, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None));

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static HolidayCalendar Calendar { get; } = LoadCalendar();

    private static HolidayCalendar LoadCalendar()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.DataSeed, "holidays.json")));
        var root = doc.RootElement;
        return new HolidayCalendar(
            root.GetProperty("holidays").EnumerateArray().Select(h =>
                (Day(h.GetProperty("from").GetString()!), Day(h.GetProperty("to").GetString()!), h.GetProperty("name").GetString()!)),
            root.GetProperty("makeUpWorkdays").EnumerateArray().Select(m => Day(m.GetProperty("date").GetString()!)),
            [.. root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32())]);
    }
}
