using Supervision.Domain.Calendar;
using Supervision.Web.Features.Map;

namespace Supervision.Tests.Features.Map;

public class TimeWindowTests
{
    // 2026-11-20 01:30 in Shanghai is still 2026-11-19 in UTC: the day must be Shanghai's.
    private static readonly DateTime Now = new(2026, 11, 19, 17, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Windows_are_Shanghai_days_and_rolling_ones_end_now()
    {
        var startOfToday = new DateTime(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new WindowRange(Now.AddHours(-1), Now), TimeWindow.LastHour.Resolve(Now));
        Assert.Equal(new WindowRange(startOfToday, Now), TimeWindow.Today.Resolve(Now));
        Assert.Equal(new WindowRange(startOfToday.AddDays(-6), Now), TimeWindow.Last7Days.Resolve(Now));
        var range = TimeWindow.Days(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 1)).Resolve(Now);
        Assert.Equal(ChinaTime.StartOfDayUtc(new DateOnly(2026, 11, 1)), range.FromUtc);
        Assert.Equal(ChinaTime.StartOfDayUtc(new DateOnly(2026, 11, 4)), range.ToUtc);
        Assert.True(range.Contains(range.FromUtc));
        Assert.False(range.Contains(range.ToUtc));
    }

    [Fact]
    public void Labels_and_liveness()
    {
        Assert.Equal("今天", TimeWindow.Today.Label);
        Assert.Equal("2026-11-01 至 2026-11-03", TimeWindow.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)).Label);
        Assert.True(TimeWindow.LastHour.IsLive(Now));
        Assert.True(TimeWindow.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20)).IsLive(Now));
        Assert.False(TimeWindow.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 19)).IsLive(Now));
    }

    [Fact]
    public void The_colour_scale_has_rounded_classes_and_leaves_zero_empty()
    {
        var scale = ColourScale.For([0, 3, 17, 48], MapMetric.Activity, dark: false);
        Assert.Equal(["1–10", "11–20", "21–30", "31–40", "41–50"], scale.Classes.Select(c => c.Label));
        Assert.Null(scale.ColourOf(0));
        Assert.Equal(scale.Classes[0].Colour, scale.ColourOf(10));
        Assert.Equal(scale.Classes[1].Colour, scale.ColourOf(11));
        Assert.Equal(scale.Classes[4].Colour, scale.ColourOf(48));
        Assert.Equal(["1", "2"], ColourScale.For([2], MapMetric.Warnings, dark: true).Classes.Select(c => c.Label));
        Assert.Empty(ColourScale.For([0, 0], MapMetric.Activity, dark: false).Classes);
    }
}
