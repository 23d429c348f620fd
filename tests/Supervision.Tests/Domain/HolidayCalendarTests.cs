using Supervision.Domain.Calendar;

namespace Supervision.Tests.Domain;

public class HolidayCalendarTests
{
    // 2026 National Day: 1–7 October off; Sunday 20 September and Saturday 10 October worked.
    private static readonly HolidayCalendar Calendar = new(
        [(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), "国庆节")],
        [new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 10)],
        [2026]);

    [Theory]
    [InlineData("2026-09-30", true)]   // Wednesday before the holiday
    [InlineData("2026-10-01", false)]  // first holiday day
    [InlineData("2026-10-07", false)]  // last holiday day
    [InlineData("2026-10-08", true)]   // Thursday after
    [InlineData("2026-10-10", true)]   // Saturday, make-up working day
    [InlineData("2026-10-11", false)]  // ordinary Sunday
    [InlineData("2026-09-20", true)]   // Sunday, make-up working day
    [InlineData("2026-09-19", false)]  // ordinary Saturday
    public void Knows_working_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void A_make_up_working_day_is_not_a_holiday()
    {
        Assert.False(Calendar.IsPublicHoliday(new DateOnly(2026, 10, 10)));
        Assert.True(Calendar.IsPublicHoliday(new DateOnly(2026, 10, 3)));
        Assert.Equal("国庆节", Calendar.HolidayName(new DateOnly(2026, 10, 3)));
    }

    [Fact]
    public void Adding_working_days_skips_the_holiday()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 1));
        Assert.Equal(new DateOnly(2026, 10, 8), Calendar.AddWorkingDays(new DateOnly(2026, 10, 1), 0));
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.AddWorkingDays(new DateOnly(2026, 10, 9), 1));
    }

    [Fact]
    public void Midnight_in_Shanghai_is_four_pm_utc_the_day_before()
    {
        var start = ChinaTime.StartOfDayUtc(new DateOnly(2026, 10, 1));
        Assert.Equal(new DateTime(2026, 9, 30, 16, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(new DateOnly(2026, 10, 1), ChinaTime.DayOf(start));
        Assert.Equal(new DateOnly(2026, 9, 30), ChinaTime.DayOf(start.AddTicks(-1)));
    }
}
