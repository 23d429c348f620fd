using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Features.Overview;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Overview;
using Supervision.Web.Shared;
using Supervision.Web.Shared.Screens;

namespace Supervision.Tests.Shared;

/// <summary>
/// The live screens' figures are computed once per view and shared (issue 16, item 2): the app's own hub, its real
/// feeds and its database. The app's clock is frozen, so a view recomputes at once on the first change after a quiet
/// spell and then waits for the clock: what a test publishes makes exactly the computations it expects.
/// </summary>
public class ScreenSnapshotsTests(OverviewApp fixture) : IClassFixture<OverviewApp>
{
    private ScreenSnapshots Hub => fixture.App.Services.GetRequiredService<ScreenSnapshots>();

    private ActivityFeed Feed => fixture.App.Services.GetRequiredService<ActivityFeed>();

    /// <summary>A case: a record the overview does not count as it comes, but recomputes for.</summary>
    private ActivityEvent Case(int agencyId) =>
        new(0, "case", "created", -1, agencyId, "测试机关", 0, "", 117.02, 36.67, fixture.Clock.UtcNow(), fixture.Clock.UtcNow(), "济南测试有限公司", "");

    private static Func<ScreenSnapshot<T>, Task> Into<T>(ConcurrentQueue<ScreenSnapshot<T>> queue) => s =>
    {
        queue.Enqueue(s);
        return Task.CompletedTask;
    };

    private async Task<int[]> AgenciesWithInspectionsAsync(int count)
    {
        await using var db = await fixture.Db();
        return [.. await db.Inspections.GroupBy(i => i.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(count).ToListAsync()];
    }

    [Fact]
    public async Task Two_screens_on_one_view_share_each_computation_and_a_screen_that_opens_later_costs_no_query()
    {
        var district = fixture.App.Services.GetRequiredService<ReferenceData>().Regions.First(r => r.Kind == Supervision.Domain.Geography.RegionKind.District).Id;
        // A view of this test's own (a district filter), so that no other test's screens count.
        var view = new OverviewView(TimeWindow.Last7Days, district, null, null, null, "zh-CN");
        var (first, second) = (new ConcurrentQueue<ScreenSnapshot<OverviewSnapshot>>(), new ConcurrentQueue<ScreenSnapshot<OverviewSnapshot>>());

        using var a = Hub.Watch(view, Into(first));
        var opened = await a.CurrentAsync();
        Assert.Equal(1, Hub.ComputationsOf(view));
        using var b = Hub.Watch(view, Into(second));
        ScreenSnapshot<OverviewSnapshot>? current = null;
        var queries = await CommandCounter.CountAsync(async () => current = await b.CurrentAsync());
        Assert.Equal(0, queries);
        Assert.Same(opened, current);

        // A burst from a worker thread: the view recomputes at once, and whatever arrived during the computation waits
        // for the next tick of the (frozen) clock.
        var agency = (await AgenciesWithInspectionsAsync(1))[0];
        await Task.Run(() =>
        {
            for (var i = 0; i < 20; i++) Feed.Publish(Case(agency));
        });
        await Wait.UntilAsync(() => first.Any(s => s.Version > opened.Version) && second.Any(s => s.Version > opened.Version),
            TimeSpan.FromSeconds(15), "both screens get the new figures");

        // Every computation went to both screens, as the very same figures; none was made for one screen alone.
        var (x, y) = (first.Last(), second.Last());
        Assert.Equal(x.Version, y.Version);
        Assert.Same(x.Value, y.Value);
        Assert.Equal(first.Select(s => s.Version).Distinct(), second.Select(s => s.Version).Distinct());
        Assert.Equal(1 + first.Select(s => s.Version).Distinct().Count(), Hub.ComputationsOf(view));
        Assert.Equal(0, Hub.Failures);
    }

    [Fact]
    public async Task A_liaisons_view_is_its_own_computed_in_its_scope_and_untouched_by_another_agencys_records()
    {
        var agencies = await AgenciesWithInspectionsAsync(2);
        var (agencyA, agencyB) = (agencies[0], agencies[1]);
        var viewA = new OverviewView(TimeWindow.Last7Days, null, null, null, agencyA, "zh-CN");
        var viewB = viewA with { Scope = agencyB };
        var (gotA, gotB) = (new ConcurrentQueue<ScreenSnapshot<OverviewSnapshot>>(), new ConcurrentQueue<ScreenSnapshot<OverviewSnapshot>>());
        using var a = Hub.Watch(viewA, Into(gotA));
        using var b = Hub.Watch(viewB, Into(gotB));
        var (openedA, openedB) = (await a.CurrentAsync(), await b.CurrentAsync());

        // The figures are those the liaison's own signed-in query reads, and only its agency's records are listed.
        var range = TimeWindow.Last7Days.Resolve(fixture.Clock);
        var own = await fixture.QueryAs(SignedInAs.Liaison(agencyA)).ReadAsync(new OverviewFilter(range.FromUtc, range.ToUtc));
        Assert.Equal(own.Inspections, openedA.Value.Data.Inspections);
        Assert.Equal(own.CasesFiled, openedA.Value.Data.CasesFiled);
        Assert.True(openedA.Value.Data.Inspections > 0, "the agency has inspections in the last 7 days");
        Assert.NotEqual(openedA.Value.Data.Inspections, openedB.Value.Data.Inspections);
        Assert.All(openedA.Value.Data.Latest, e => Assert.Equal(agencyA, e.AgencyId));
        Assert.All((await Hub.GetAsync(new FeedHealthView(agencyA))).Value, f => Assert.Equal(agencyA, f.AgencyId));

        // A case of agency B: B's view recomputes, A's does not.
        var computedA = Hub.ComputationsOf(viewA);
        Feed.Publish(Case(agencyB));
        await Wait.UntilAsync(() => !gotB.IsEmpty, TimeSpan.FromSeconds(15), "B's screen gets its new figures");
        Assert.Equal(computedA, Hub.ComputationsOf(viewA));
        Assert.Empty(gotA);
        Assert.All(gotB, s => Assert.Equal(agencyB, s.View.Scope));
    }

    [Fact]
    public async Task A_new_inspection_is_counted_into_the_shared_figures_without_a_computation_and_a_full_one_follows_to_stay_exact()
    {
        // A view of this test's own (English), over days the demo city has inspections in.
        var view = new OverviewView(TimeWindow.Last7Days, null, null, null, null, "en");
        var got = new ConcurrentQueue<ScreenSnapshot<OverviewSnapshot>>();
        using var watch = Hub.Watch(view, Into(got));
        var opened = (await watch.CurrentAsync()).Value;
        var computed = Hub.ComputationsOf(view);
        var reference = fixture.App.Services.GetRequiredService<ReferenceData>();
        var agency = reference.Agencies.First(a => opened.Data.BySector.Any(s => s.Key == a.Sector.ToString()));
        var street = opened.Streets.OrderByDescending(s => s.Inspections).First();
        var now = fixture.Clock.UtcNow();
        // Above the watermark, as a record accepted after the computation is.
        var record = new ActivityEvent(0, "inspection", "created", opened.InspectionsUpTo + 1000, agency.Id, agency.Name, street.StreetId, street.Name,
            117.02, 36.67, now.AddMinutes(-5), now, "济南测试有限公司", "");

        Feed.Publish(record);
        await Wait.UntilAsync(() => got.Any(s => s.Value.Data.Inspections == opened.Data.Inspections + 1), TimeSpan.FromSeconds(15), "the record on the screen");
        var counted = got.Last().Value;
        Assert.Equal(computed, Hub.ComputationsOf(view));
        Assert.Equal(street.Inspections + 1, counted.Streets.Single(s => s.StreetId == street.StreetId).Inspections);
        Assert.Equal(opened.Data.BySector.Sum(s => s.Inspections) + 1, counted.Data.BySector.Sum(s => s.Inspections));
        Assert.Equal(opened.Data.Trend.Sum(d => d.Inspections) + 1, counted.Data.Trend.Sum(d => d.Inspections));
        Assert.Same(record, counted.Data.Latest[0]);

        // A record the computation already read changes nothing, and is not counted twice.
        Feed.Publish(record with { RecordId = opened.InspectionsUpTo });
        // The full computation follows within the interval and shows what is stored (this record never was).
        fixture.Clock.Advance(SharedScreen<OverviewSnapshot>.ExactInterval);
        await Wait.UntilAsync(() => Hub.ComputationsOf(view) > computed && got.Last().Value.Data.Inspections == opened.Data.Inspections,
            TimeSpan.FromSeconds(15), "the full computation");
        Assert.Equal(0, Hub.Failures);
    }
}
