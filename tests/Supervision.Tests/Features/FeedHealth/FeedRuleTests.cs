using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.FeedHealth;

namespace Supervision.Tests.Features.FeedHealth;

public class FeedRuleTests
{
    private static readonly HolidayCalendar Calendar = new([(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), "国庆节")], [new DateOnly(2026, 10, 10)], [2026]);

    private static DateTime Shanghai(int month, int day, int hour, int minute = 0) => ChinaTime.ToUtc(new DateTime(2026, month, day, hour, minute, 0));

    [Theory]
    [InlineData(11, 23, 11, 0, 120, true)]    // Monday 11:00, two hours of silence: silent
    [InlineData(11, 23, 11, 0, 119, false)]   // one minute short
    [InlineData(11, 23, 10, 29, 600, false)]  // before 10:30 a quiet morning is not yet news
    [InlineData(11, 23, 10, 30, 600, true)]
    [InlineData(11, 23, 17, 30, 600, true)]   // last office minute
    [InlineData(11, 23, 17, 31, 600, false)]  // after hours
    [InlineData(11, 22, 11, 0, 600, false)]   // Sunday
    [InlineData(10, 10, 11, 0, 600, true)]    // Saturday worked for 国庆
    [InlineData(10, 3, 11, 0, 600, false)]    // 国庆 holiday
    public void Silence_counts_only_in_office_hours_of_working_days(int month, int day, int hour, int minute, int quietMinutes, bool silent)
    {
        var now = Shanghai(month, day, hour, minute);
        Assert.Equal(silent, FeedRule.IsSilent(now, now.AddMinutes(-quietMinutes), usualPerWorkingDay: 20, Calendar));
    }

    [Fact]
    public void Agencies_that_rarely_send_are_never_flagged_and_one_that_never_sent_is()
    {
        var now = Shanghai(11, 23, 11);
        Assert.False(FeedRule.IsSilent(now, null, FeedRule.MinUsualPerDay - 0.1, Calendar));
        Assert.True(FeedRule.IsSilent(now, null, FeedRule.MinUsualPerDay, Calendar));
    }

    [Fact]
    public async Task The_feed_of_every_active_agency_is_read_from_the_records()
    {
        using var db = new TempDatabase();
        await using var app = new SupervisionApp(db.Path);
        app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var feeds = await scope.ServiceProvider.GetRequiredService<FeedHealthQuery>().ReadAsync();
        Assert.True(feeds.Count > 100);
        Assert.All(feeds, f => Assert.True(f.LastReceivedAt is not null && f.UsualPerWorkingDay >= 0));
        Assert.Contains(feeds, f => f.UsualPerWorkingDay >= FeedRule.MinUsualPerDay);
    }
}
