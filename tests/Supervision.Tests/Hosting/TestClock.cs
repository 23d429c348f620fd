using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Calendar;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Frozen clocks for tests that compare a Shanghai day or period they compute with one the app computes: both read the
/// same clock, so a run that straddles Shanghai midnight (16:00 UTC) cannot see two different days.
/// </summary>
public static class TestClock
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The real now, moved at most an hour so that it stands at least half an hour from Shanghai midnight: the demo city
    /// and records written "now" stay in the same day as the frozen clock while the test runs.
    /// </summary>
    public static FakeTimeProvider AwayFromMidnight() => new(AwayFromMidnight(DateTimeOffset.UtcNow));

    public static DateTimeOffset AwayFromMidnight(DateTimeOffset utc)
    {
        var local = ChinaTime.ToLocal(utc.UtcDateTime);
        var sinceMidnight = local.TimeOfDay;
        var moved = sinceMidnight < Margin ? local.Date.AddHours(1)
            : sinceMidnight >= TimeSpan.FromDays(1) - Margin ? local.Date.AddHours(23)
            : local;
        return new DateTimeOffset(ChinaTime.ToUtc(moved));
    }

    /// <summary>The clock's Shanghai day, the way the app derives "today".</summary>
    public static DateOnly Today(this TimeProvider time) => ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);

    /// <summary>The clock's now as a UTC <see cref="DateTime"/>, the form the app's queries take.</summary>
    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;
}
