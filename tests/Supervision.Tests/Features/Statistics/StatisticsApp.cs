using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Statistics;

/// <summary>
/// The demo city in a real app, shared by the statistics and export tests. The month is the last complete one (the
/// demo city covers the 90 days up to now). Warnings and notices are added for it here: a sweep raises warnings now,
/// not last month, and the demo city has no notices.
/// </summary>
public sealed class StatisticsApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;

    /// <summary>
    /// The app's clock, which <see cref="Month"/> is read from: the month the tests expect is the one the app files and
    /// shows, even in a run across Shanghai midnight at a month's end. It ticks a millisecond a reading so that jobs
    /// queued one after another still follow each other in time.
    /// </summary>
    public FakeTimeProvider Clock { get; } = TestClock.AwayFromMidnight();

    public StatisticsFilter Month => StatisticsFilter.LastCompleteMonth(Clock);
    public int MarketBureauId { get; private set; }

    public async Task InitializeAsync()
    {
        Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        App = new SupervisionApp(_db.Path) { Clock = Clock };
        App.CreateClient();
        await using var db = await Db();
        var agencies = await db.Agencies.AsNoTracking().ToListAsync();
        MarketBureauId = agencies.Single(a => a.Code == "370102-SCJG").Id;
        var street = await db.Regions.Where(r => r.Code.StartsWith("370102") && r.Code.Length > 6).Select(r => r.Id).FirstAsync();
        var day = Month.FirstDay.AddDays(9);
        var at = ChinaTime.StartOfDayUtc(day).AddHours(3);
        var other = agencies.First(a => a.Id != MarketBureauId && a.ParentId != MarketBureauId).Id;
        foreach (var (agency, level, peak, n) in new[] { (MarketBureauId, WarningLevel.Yellow, WarningLevel.Red, 1),
            (MarketBureauId, WarningLevel.Blue, WarningLevel.Blue, 2), (other, WarningLevel.Orange, WarningLevel.Orange, 3) })
            db.Warnings.Add(new Warning
            {
                RuleCode = "test", SubjectKey = $"test:{n}", Title = "测试预警", Detail = "测试", Level = level, PeakLevel = peak, AgencyId = agency, StreetId = street,
                RaisedAt = at, UpdatedAt = at, Status = WarningStatus.Open,
            });
        // One replied on time (by the end of the deadline day), one late, one unanswered, one still a draft.
        var deadline = day.AddDays(10);
        foreach (var (agency, replied, status, n) in new (int, DateTime?, NoticeStatus, int)[]
                 {
                     (MarketBureauId, ChinaTime.StartOfDayUtc(deadline).AddHours(23), NoticeStatus.Replied, 1),
                     (MarketBureauId, ChinaTime.StartOfDayUtc(deadline.AddDays(1)).AddHours(1), NoticeStatus.Replied, 2),
                     (other, null, NoticeStatus.Issued, 3),
                     (other, null, NoticeStatus.Draft, 4),
                 })
            db.Notices.Add(new SupervisionNotice
            {
                Kind = NoticeKind.SupervisionOpinion, Status = status, AgencyId = agency, Title = $"监督意见书{n}", Facts = "事实", RequiredActions = "整改",
                ReplyDeadline = deadline, CreatedAt = at, CreatedBy = "supervisor",
                IssuedAt = status == NoticeStatus.Draft ? null : at, Year = status == NoticeStatus.Draft ? null : Month.Year,
                Sequence = status == NoticeStatus.Draft ? null : 900 + n,
                Number = status == NoticeStatus.Draft ? null : string.Create(CultureInfo.InvariantCulture, $"济执监〔{Month.Year}〕{900 + n}号"), RepliedAt = replied,
            });
        await db.SaveChangesAsync();
    }

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public MonthlyStatistics StatisticsAs(ClaimsPrincipal user) =>
        new(SignedInAs.UserDb(App.Services, user), App.Services.GetRequiredService<ReferenceData>(), Clock);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StatisticsCollection : ICollectionFixture<StatisticsApp>
{
    public const string Name = "statistics";
}
