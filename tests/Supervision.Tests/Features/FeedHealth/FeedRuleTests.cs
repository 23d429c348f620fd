using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
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

    [Fact]
    public async Task A_rectification_order_or_a_measure_counts_as_an_arrival_from_its_agency()
    {
        using var db = new TempDatabase();
        await using var app = new SupervisionApp(db.Path);
        app.CreateClient();
        var reference = app.Services.GetRequiredService<Supervision.Web.Shared.ReferenceData>();
        var agency = reference.Agencies.First(a => a.Code == "370102-SCJG");
        Party party;
        await using (var context = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
            party = await context.Parties.FirstAsync(p => p.Kind == PartyKind.Enterprise);
        async Task<AgencyFeed> FeedAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<FeedHealthQuery>().ReadAsync()).Single(f => f.AgencyId == agency.Id);
        }
        var before = await FeedAsync();
        var writer = app.Services.GetRequiredService<RecordWriter>();
        var owner = new KeyOwner(0, agency.Id, agency.Code);
        var at = DateTimeOffset.UtcNow.AddMinutes(-10);
        var outcomes = await writer.WriteBatchAsync(owner,
        [
            new RectificationIn
            {
                Id = $"FH-R-{Guid.NewGuid():N}", Party = new("Enterprise", party.Name, party.CreditCode, null),
                Location = new(party.Longitude, party.Latitude), Requirement = "规范明码标价", IssuedAt = at,
                Deadline = ChinaTime.DayOf(at.UtcDateTime).AddDays(10),
            },
            new MeasureIn
            {
                Id = $"FH-M-{Guid.NewGuid():N}", Party = new("Enterprise", party.Name, party.CreditCode, null),
                Location = new(party.Longitude, party.Latitude), Kind = "Seizure", StartedAt = at,
            },
        ]);
        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Created, o.Status));
        var after = await FeedAsync();
        Assert.Equal(before.Today + 2, after.Today);
        Assert.True(after.LastReceivedAt > DateTime.UtcNow.AddMinutes(-1));
    }
}
