using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Overview;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Overview;

public sealed class OverviewApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;

    /// <summary>The app's and the queries' clock, frozen: a test's periods are the app's own even across Shanghai midnight.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.AwayFromMidnight();

    public Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path) { Clock = Clock };
        App.CreateClient();
        return Task.CompletedTask;
    }

    public OverviewQuery QueryAs(ClaimsPrincipal user) =>
        new(SignedInAs.UserDb(App.Services, user), App.Services.GetRequiredService<ReferenceData>(), Clock);

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

public class OverviewQueryTests(OverviewApp fixture) : IClassFixture<OverviewApp>
{
    private DateTime Now => fixture.Clock.UtcNow();
    private OverviewFilter LastDays(int days) => new(ChinaTime.StartOfDayUtc(ChinaTime.DayOf(Now).AddDays(-(days - 1))), Now.AddMinutes(1));

    [Fact]
    public async Task The_figures_are_the_records_of_the_period_and_filters()
    {
        await using var db = await fixture.Db();
        var agencies = await db.Agencies.AsNoTracking().ToListAsync();
        var district = await db.Regions.Where(r => r.Kind == RegionKind.District).OrderBy(r => r.Code).FirstAsync();
        var districtStreets = await db.Regions.Where(r => r.ParentId == district.Id).Select(r => r.Id).ToListAsync();
        var bureau = agencies.First(a => a.Code == "370102-SCJG");
        // The bureau and the offices under it, found independently of the query under test.
        var family = agencies.Where(a => a.Id == bureau.Id || a.ParentId == bureau.Id || agencies.Any(p => p.Id == a.ParentId && p.ParentId == bureau.Id))
            .Select(a => a.Id).ToList();
        var market = agencies.Where(a => a.Sector == Sector.MarketRegulation).Select(a => a.Id).ToList();
        var period = LastDays(30);

        foreach (var (filter, agencyIds, streetIds) in new (OverviewFilter, List<int>?, List<int>?)[]
                 {
                     (period, null, null),
                     (period with { DistrictId = district.Id }, null, districtStreets),
                     (period with { Sector = Sector.MarketRegulation }, market, null),
                     (period with { AgencyId = bureau.Id }, family, null),
                 })
        {
            var data = await fixture.QueryAs(SignedInAs.Operator()).ReadAsync(filter);
            var inspections = db.Inspections.Where(i => (agencyIds == null || agencyIds.Contains(i.AgencyId)) && (streetIds == null || streetIds.Contains(i.StreetId)));
            var cases = db.Cases.Where(c => (agencyIds == null || agencyIds.Contains(c.AgencyId)) && (streetIds == null || streetIds.Contains(c.StreetId)));
            Assert.Equal(await inspections.CountAsync(i => i.StartedAt >= filter.FromUtc && i.StartedAt < filter.ToUtc), data.Inspections);
            Assert.Equal(await cases.CountAsync(c => c.FiledAt >= filter.FromUtc && c.FiledAt < filter.ToUtc), data.CasesFiled);
            Assert.Equal(await cases.CountAsync(c => c.DecidedAt >= filter.FromUtc && c.DecidedAt < filter.ToUtc), data.CasesDecided);
            Assert.Equal(await cases.Where(c => c.DecidedAt >= filter.FromUtc && c.DecidedAt < filter.ToUtc).SumAsync(c => c.Fine ?? 0), data.Fines);
            Assert.Equal(await cases.CountAsync(c => c.Stage != CaseStage.Closed), data.OpenCases);
            Assert.Equal(data.Inspections, data.BySector.Sum(s => s.Inspections));
            // Every decision is in the ring: decisions under none of the four lists are their own slice.
            Assert.Equal(data.CasesDecided, data.FourListUse.Sum(l => l.Cases));
            Assert.Equal(await cases.CountAsync(c => c.DecidedAt >= filter.FromUtc && c.DecidedAt < filter.ToUtc && c.FourList == null),
                data.FourListUse.Single(l => l.Key == "None").Cases);
            Assert.Equal(OverviewQuery.TrendDays, data.Trend.Count);
            Assert.True(data.Inspections > 0, $"no inspections for {filter}: the test would prove nothing");
        }
    }

    [Fact]
    public async Task An_inspection_at_the_start_of_the_period_counts_and_one_at_its_end_does_not()
    {
        await using var db = await fixture.Db();
        var at = await db.Inspections.Where(i => i.StartedAt < Now.AddDays(-2)).OrderByDescending(i => i.StartedAt).Select(i => i.StartedAt).FirstAsync();
        var exactly = await db.Inspections.CountAsync(i => i.StartedAt == at);
        var query = fixture.QueryAs(SignedInAs.Operator());
        Assert.Equal(exactly, (await query.ReadAsync(new OverviewFilter(at, at.AddSeconds(1)))).Inspections);
        Assert.Equal(await db.Inspections.CountAsync(i => i.StartedAt >= at.AddSeconds(-1) && i.StartedAt < at),
            (await query.ReadAsync(new OverviewFilter(at.AddSeconds(-1), at))).Inspections);
    }

    [Fact]
    public async Task The_trend_counts_by_day_in_Shanghai_time()
    {
        var reference = fixture.App.Services.GetRequiredService<ReferenceData>();
        var agency = reference.Agencies.First(a => a.Code == "370102-SCJG");
        await using var db = await fixture.Db();
        var officers = await db.Officers.Where(o => o.AgencyId == agency.Id && o.CertificateExpiresOn > DateOnly.FromDateTime(Now))
            .Select(o => o.CertificateNumber).Take(2).ToListAsync();
        var party = await db.Parties.Where(p => p.Kind == Supervision.Domain.Parties.PartyKind.Enterprise).FirstAsync();
        var day = ChinaTime.DayOf(Now).AddDays(-3);
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var filter = LastDays(30) with { AgencyId = agency.Id };
        var before = (await fixture.QueryAs(SignedInAs.Operator()).ReadAsync(filter)).Trend.ToDictionary(t => t.Day);

        InspectionIn At(DateTimeOffset started) => new()
        {
            Id = $"TREND-{Guid.NewGuid():N}", Party = new("Enterprise", party.Name, party.CreditCode, null), Kind = "Routine",
            PreFiledAt = started.AddHours(-3), StartedAt = started, Location = new(party.Longitude, party.Latitude), Officers = [.. officers],
        };
        var written = await fixture.App.Services.GetRequiredService<RecordWriter>().WriteBatchAsync(new KeyOwner(0, agency.Id, agency.Code),
            [At(midnight.AddSeconds(-1)), At(midnight), At(midnight.AddSeconds(1))]);
        Assert.All(written, o => Assert.Equal(OutcomeStatus.Created, o.Status));

        var after = (await fixture.QueryAs(SignedInAs.Operator()).ReadAsync(filter)).Trend.ToDictionary(t => t.Day);
        Assert.Equal(before[day.AddDays(-1)].Inspections + 1, after[day.AddDays(-1)].Inspections);
        Assert.Equal(before[day].Inspections + 2, after[day].Inspections);
    }

    [Fact]
    public async Task A_liaison_sees_only_its_own_agency()
    {
        var agency = fixture.App.Services.GetRequiredService<ReferenceData>().Agencies.First(a => a.Code == "370102-SCJG");
        await using var db = await fixture.Db();
        var filter = LastDays(30);
        var data = await fixture.QueryAs(SignedInAs.Liaison(agency.Id)).ReadAsync(filter);
        Assert.Equal(await db.Inspections.CountAsync(i => i.AgencyId == agency.Id && i.StartedAt >= filter.FromUtc && i.StartedAt < filter.ToUtc), data.Inspections);
        Assert.All(data.TopAgencies, a => Assert.Equal(agency.Code, a.Key));
        Assert.All(data.Latest, e => Assert.Equal(agency.Id, e.AgencyId));
        Assert.True((await fixture.QueryAs(SignedInAs.Operator()).ReadAsync(filter)).Inspections > data.Inspections);
    }

    [Fact]
    public void A_live_event_is_shown_only_when_it_matches_the_filters()
    {
        var reference = fixture.App.Services.GetRequiredService<ReferenceData>();
        var office = reference.Agencies.First(a => a.ParentId is not null);
        var bureau = reference.Agencies.Single(a => a.Id == office.ParentId);
        var street = reference.Streets.First();
        var elsewhere = reference.Streets.First(s => s.ParentId != street.ParentId);
        ActivityEvent Event(Agency a, Region s) => new(1, "inspection", "created", 1, a.Id, a.Name, s.Id, s.Name, 117, 36.6, Now, Now, "", "");
        var query = fixture.QueryAs(SignedInAs.Operator());
        var all = LastDays(1);

        Assert.True(query.Matches(all, Event(office, elsewhere)));
        Assert.True(query.Matches(all with { DistrictId = street.ParentId }, Event(office, street)));
        Assert.False(query.Matches(all with { DistrictId = street.ParentId }, Event(office, elsewhere)));
        Assert.True(query.Matches(all with { AgencyId = bureau.Id }, Event(office, street)));
        Assert.False(query.Matches(all with { AgencyId = office.Id }, Event(bureau, street)));
        Assert.True(query.Matches(all with { Sector = bureau.Sector }, Event(bureau, street)));
        Assert.False(query.Matches(all with { Sector = Enum.GetValues<Sector>().First(s => s != bureau.Sector) }, Event(bureau, street)));
    }
}

/// <summary>The overview's state tiles for warnings and notices: what is live now, under the place and agency filters.</summary>
public class OverviewWarningTileTests
{
    [Fact]
    public async Task Live_warnings_by_level_and_overdue_notices_are_counted_and_a_liaison_sees_only_its_own()
    {
        using var file = new TempDatabase();
        var clock = TestClock.AwayFromMidnight();
        await using var app = new SupervisionApp(file.Path) { Clock = clock };
        app.CreateClient();
        await app.Services.GetRequiredService<Supervision.Web.Features.Warnings.WarningEngine>().SweepAllAsync();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var today = clock.Today();
        var agency = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var other = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).Skip(1).FirstAsync();
        Supervision.Domain.Notices.SupervisionNotice Notice(int agencyId, Supervision.Domain.Notices.NoticeStatus status, DateOnly deadline) => new()
        {
            AgencyId = agencyId, Status = status, ReplyDeadline = deadline, Title = "测试", Facts = "事实", RequiredActions = "整改", CreatedBy = "supervisor",
            CreatedAt = clock.UtcNow(),
        };
        db.Notices.AddRange(
            Notice(agency, Supervision.Domain.Notices.NoticeStatus.Issued, today.AddDays(-1)),      // overdue
            Notice(agency, Supervision.Domain.Notices.NoticeStatus.SentBack, today.AddDays(-3)),    // overdue again
            Notice(agency, Supervision.Domain.Notices.NoticeStatus.Issued, today),                  // due today: not yet
            Notice(agency, Supervision.Domain.Notices.NoticeStatus.Replied, today.AddDays(-5)),     // replied
            Notice(agency, Supervision.Domain.Notices.NoticeStatus.Draft, today.AddDays(-5)),       // never issued
            Notice(other, Supervision.Domain.Notices.NoticeStatus.Issued, today.AddDays(-2)));      // another agency's
        await db.SaveChangesAsync();

        var query = new OverviewQuery(SignedInAs.UserDb(app.Services, SignedInAs.Operator()), app.Services.GetRequiredService<ReferenceData>(), clock);
        var city = await query.ReadAsync(OverviewFilter.Today(clock.UtcNow()));
        Assert.Equal(3, city.OverdueNotices);
        var live = db.Warnings.Where(w => w.Status == Supervision.Domain.Warnings.WarningStatus.Open || w.Status == Supervision.Domain.Warnings.WarningStatus.Acknowledged);
        Assert.Equal(await live.CountAsync(w => w.Level == Supervision.Domain.Warnings.WarningLevel.Red), city.Warnings.Red);
        Assert.Equal(await live.CountAsync(w => w.Level == Supervision.Domain.Warnings.WarningLevel.Blue), city.Warnings.Blue);
        Assert.True(city.Warnings.Red + city.Warnings.Orange + city.Warnings.Yellow + city.Warnings.Blue > 0);

        var liaison = new OverviewQuery(SignedInAs.UserDb(app.Services, SignedInAs.Liaison(agency)), app.Services.GetRequiredService<ReferenceData>(), clock);
        var own = await liaison.ReadAsync(OverviewFilter.Today(clock.UtcNow()));
        Assert.Equal(2, own.OverdueNotices);
        Assert.Equal(await live.CountAsync(w => w.AgencyId == agency && w.Level == Supervision.Domain.Warnings.WarningLevel.Red), own.Warnings.Red);
    }
}
