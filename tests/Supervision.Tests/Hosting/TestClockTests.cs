using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Supervision.Tests.Hosting;

/// <summary>The test clock stays on the real Shanghai day and keeps half an hour from its midnight (16:00 UTC).</summary>
public class TestClockTests
{
    [Theory]
    [InlineData("2026-12-07T15:59:59Z", "2026-12-07T15:00:00Z")]   // 23:59:59 in Shanghai: back to 23:00 the same day
    [InlineData("2026-12-07T15:30:00Z", "2026-12-07T15:00:00Z")]   // 23:30
    [InlineData("2026-12-07T16:00:00Z", "2026-12-07T17:00:00Z")]   // midnight: on to 01:00 the same (new) day
    [InlineData("2026-12-07T16:29:59Z", "2026-12-07T17:00:00Z")]   // 00:29:59
    [InlineData("2026-12-07T15:29:59Z", "2026-12-07T15:29:59Z")]   // 23:29:59: far enough already
    [InlineData("2026-12-07T16:30:00Z", "2026-12-07T16:30:00Z")]   // 00:30
    [InlineData("2026-12-07T04:00:00Z", "2026-12-07T04:00:00Z")]   // noon
    public void Near_midnight_the_clock_moves_within_the_same_Shanghai_day(string real, string expected)
    {
        var now = DateTimeOffset.Parse(real, CultureInfo.InvariantCulture);
        var moved = TestClock.AwayFromMidnight(now);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), moved);
        Assert.Equal(new FakeTimeProvider(now).Today(), new FakeTimeProvider(moved).Today());
    }
}
