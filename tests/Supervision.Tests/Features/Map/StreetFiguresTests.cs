using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Calendar;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Rectifications;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Map;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Map;

/// <summary>The demo city on a real SQLite file.</summary>
public sealed class MapApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;

    /// <summary>The app's and the figures' clock, frozen, so a test's window and "today" are theirs even across Shanghai midnight.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.AwayFromMidnight();

    public Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path) { Clock = Clock };
        App.CreateClient();
        return Task.CompletedTask;
    }

    /// <summary>The figures as the user sees them, by <see cref="Clock"/> unless another clock is given.</summary>
    public StreetFigures FiguresAs(ClaimsPrincipal user, TimeProvider? clock = null) =>
        new(SignedInAs.UserDb(App.Services, user), App.Services.GetRequiredService<ReferenceData>(), clock ?? Clock);

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

public class StreetFiguresTests(MapApp fixture) : IClassFixture<MapApp>
{
    // A day long before the demo city's 90 days: only what a test writes is in it.
    private static readonly DateOnly QuietDay = new(2021, 3, 15);

    [Fact]
    public async Task Every_street_is_listed_and_the_counts_are_the_records_of_the_window()
    {
        await using var db = await fixture.Db();
        var window = TimeWindow.Last7Days.Resolve(fixture.Clock.UtcNow());
        var figures = await fixture.FiguresAs(SignedInAs.Operator()).ReadAsync(FigureFilter.Of(window));

        Assert.Equal(await db.Regions.CountAsync(r => r.Kind == RegionKind.Street || r.Kind == RegionKind.Town), figures.Count);
        Assert.Equal(await db.Inspections.CountAsync(i => i.StartedAt >= window.FromUtc && i.StartedAt < window.ToUtc), figures.Sum(f => f.Inspections));
        Assert.Equal(await db.Cases.CountAsync(c => c.FiledAt >= window.FromUtc && c.FiledAt < window.ToUtc), figures.Sum(f => f.Cases));
        var today = fixture.Clock.Today();
        Assert.Equal(await db.RectificationOrders.CountAsync(o => o.ReviewedAt == null && o.Deadline < today), figures.Sum(f => f.OverdueRectifications));
        Assert.Equal(await db.RectificationOrders.CountAsync(o => o.ReviewedAt == null), figures.Sum(f => f.OpenRectifications));
        Assert.True(figures.Sum(f => f.Inspections) > 0, "no inspections in the last 7 days: the test would prove nothing");

        // One street, checked against its own records.
        var busiest = figures.MaxBy(f => f.Inspections)!;
        Assert.Equal(await db.Inspections.CountAsync(i => i.StreetId == busiest.StreetId && i.StartedAt >= window.FromUtc && i.StartedAt < window.ToUtc), busiest.Inspections);
        Assert.Equal(busiest.Inspections + busiest.Cases, busiest.Value(MapMetric.Activity));
        Assert.Equal(await db.Warnings.CountAsync(w => w.StreetId == busiest.StreetId
            && (w.Status == Supervision.Domain.Warnings.WarningStatus.Open
                || w.Status == Supervision.Domain.Warnings.WarningStatus.Acknowledged)), busiest.Value(MapMetric.Warnings));
    }

    [Fact]
    public async Task An_inspection_at_the_window_start_is_in_and_one_at_its_end_is_out()
    {
        var window = TimeWindow.Days(QuietDay, QuietDay).Resolve(fixture.Clock.UtcNow());
        Assert.Equal(ChinaTime.StartOfDayUtc(QuietDay), window.FromUtc);
        Assert.Equal(ChinaTime.StartOfDayUtc(QuietDay.AddDays(1)), window.ToUtc);
        var street = await WriteInspectionsAsync("370102-SCJG", "BOUNDARY", window.FromUtc, window.ToUtc, window.ToUtc.AddTicks(-1));

        var figures = await fixture.FiguresAs(SignedInAs.Operator()).ReadAsync(FigureFilter.Of(window));
        Assert.Equal(2, figures.Single(f => f.StreetId == street).Inspections);
        Assert.Equal(2, figures.Sum(f => f.Inspections));
        var nextDay = TimeWindow.Days(QuietDay.AddDays(1), QuietDay.AddDays(1)).Resolve(fixture.Clock.UtcNow());
        Assert.Equal(1, (await fixture.FiguresAs(SignedInAs.Operator()).ReadAsync(FigureFilter.Of(nextDay))).Sum(f => f.Inspections));
    }

    [Fact]
    public async Task A_liaison_counts_only_its_agencys_records_and_filters_narrow_the_streets()
    {
        var day = QuietDay.AddDays(10);
        var window = TimeWindow.Days(day, day).Resolve(fixture.Clock.UtcNow());
        var start = window.FromUtc.AddHours(2);
        var mine = await WriteInspectionsAsync("370102-SCJG", "SCOPE-MINE", start, start.AddMinutes(5));
        await WriteInspectionsAsync("370103-SCJG", "SCOPE-OTHER", start.AddMinutes(10), start.AddMinutes(15), start.AddMinutes(20));
        await using var db = await fixture.Db();
        var own = await db.Agencies.SingleAsync(a => a.Code == "370102-SCJG");

        var liaison = await fixture.FiguresAs(SignedInAs.Liaison(own.Id)).ReadAsync(FigureFilter.Of(window));
        Assert.Equal(2, liaison.Sum(f => f.Inspections));
        Assert.Equal(2, liaison.Single(f => f.StreetId == mine).Inspections);
        Assert.Equal(5, (await fixture.FiguresAs(SignedInAs.Operator()).ReadAsync(FigureFilter.Of(window))).Sum(f => f.Inspections));
        Assert.Equal(2, (await fixture.FiguresAs(SignedInAs.Operator()).ReadAsync(FigureFilter.Of(window) with { AgencyId = own.Id })).Sum(f => f.Inspections));

        var district = (await db.Regions.SingleAsync(r => r.Id == mine)).ParentId;
        var inDistrict = await fixture.FiguresAs(SignedInAs.Operator()).ReadAsync(FigureFilter.Of(window) with { DistrictId = district });
        Assert.All(inDistrict, f => Assert.True(db.Regions.Single(r => r.Id == f.StreetId).ParentId == district));
        Assert.Contains(inDistrict, f => f.StreetId == mine);
    }

    [Fact]
    public async Task A_rectification_turns_overdue_at_the_Shanghai_midnight_after_its_deadline_day()
    {
        var day = fixture.Clock.Today();
        var midnight = ChinaTime.StartOfDayUtc(day.AddDays(1));
        Assert.Equal(new TimeOnly(16, 0), TimeOnly.FromDateTime(midnight));
        var street = await WriteRectificationAsync("370102-SCJG", "MIDNIGHT", day);

        var before = await OverdueAsync(street, midnight.AddSeconds(-1));   // 15:59:59 UTC, 23:59:59 in Shanghai
        var after = await OverdueAsync(street, midnight);                   // 16:00:00 UTC, 00:00:00 in Shanghai
        await using var db = await fixture.Db();
        var open = db.RectificationOrders.Where(o => o.StreetId == street && o.ReviewedAt == null);
        var dueThatDay = await open.CountAsync(o => o.Deadline == day);
        Assert.True(dueThatDay >= 1);
        Assert.Equal(await open.CountAsync(o => o.Deadline < day), before);
        Assert.Equal(before + dueThatDay, after);
    }

    private async Task<int> OverdueAsync(int street, DateTime utc)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(utc));
        var figures = await fixture.FiguresAs(SignedInAs.Operator(), clock).ReadAsync(FigureFilter.Of(TimeWindow.Last7Days.Resolve(utc)));
        return figures.Single(f => f.StreetId == street).OverdueRectifications;
    }

    /// <summary>An open rectification order of the agency due on the given day, in the first street of its district; returns the street.</summary>
    private async Task<int> WriteRectificationAsync(string agencyCode, string externalId, DateOnly deadline)
    {
        await using var db = await fixture.Db();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var district = await db.Regions.SingleAsync(r => r.Code == agencyCode.Split('-')[0]);
        var street = await db.Regions.Where(r => r.ParentId == district.Id).OrderBy(r => r.Code).FirstAsync();
        var party = await db.Parties.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var issued = ChinaTime.StartOfDayUtc(deadline.AddDays(-10));
        db.RectificationOrders.Add(new RectificationOrder
        {
            AgencyId = agency.Id, ExternalId = externalId, PartyId = party, StreetId = street.Id, Requirement = "限期整改",
            IssuedAt = issued, ReceivedAt = issued,
            Deadline = deadline,
        });
        await db.SaveChangesAsync();
        return street.Id;
    }

    /// <summary>Inspections by the agency at the given instants, in the first street of its district; returns the street.</summary>
    private async Task<int> WriteInspectionsAsync(string agencyCode, string prefix, params DateTime[] at)
    {
        await using var db = await fixture.Db();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var district = await db.Regions.SingleAsync(r => r.Code == agencyCode.Split('-')[0]);
        var street = await db.Regions.Where(r => r.ParentId == district.Id).OrderBy(r => r.Code).FirstAsync();
        var party = await db.Parties.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var n = 0;
        foreach (var t in at)
            db.Inspections.Add(new Inspection
            {
                AgencyId = agency.Id, ExternalId = $"{prefix}-{++n}", PartyId = party, StartedAt = t, ReceivedAt = t, StreetId = street.Id,
                Longitude = street.Longitude, Latitude = street.Latitude,
            });
        await db.SaveChangesAsync();
        return street.Id;
    }
}
