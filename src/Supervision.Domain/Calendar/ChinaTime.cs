namespace Supervision.Domain.Calendar;

/// <summary>
/// Records are stored in UTC; days, working hours and deadlines are Asia/Shanghai's. China has had no daylight saving
/// since 1991, so a fixed +08:00 is exact for every date the product handles and needs no tz database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>For schedules (Hangfire's cron): the IANA zone, which has had no daylight saving since 1991, so it agrees with <see cref="Offset"/>.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc.ToUniversalTime() + Offset, DateTimeKind.Unspecified);

    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateTime Today(TimeProvider time) => ToLocal(time.GetUtcNow().UtcDateTime).Date;

    /// <summary>The UTC instant at which a Shanghai calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
