using System.Collections.Concurrent;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Overview;
using Supervision.Web.Features.Wall;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared;
using Supervision.Web.Shared.Screens;

namespace Supervision.Tests.Features.Overview;

/// <summary>
/// The live pages take their figures on the renderer's dispatcher, never on the thread that published (an ingestion
/// request, a Hangfire worker) nor on the one that computed the shared view. The feeds publish from worker threads; the
/// shared view is recomputed off any dispatcher (by design: it serves every circuit), and each page must take the new
/// snapshot through its own dispatcher: a render started anywhere else throws in bUnit's renderer, which the hub counts
/// as a failed delivery. The test's clock also records reads made off the dispatcher by the pages' own code.
/// </summary>
public class LivePagesOnTheDispatcherTests(OverviewApp fixture) : IClassFixture<OverviewApp>
{
    /// <summary>The app's clock, noting each read of the time made off the renderer's dispatcher (with where it was made).</summary>
    private sealed class DispatcherCheckingClock(TimeProvider inner) : TimeProvider
    {
        public Func<bool> OnDispatcher { get; set; } = () => true;
        public ConcurrentQueue<string> OffDispatcher { get; } = new();
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Increment(ref _reads);
            if (!OnDispatcher()) OffDispatcher.Enqueue(Environment.StackTrace);
            return inner.GetUtcNow();
        }

        public override long GetTimestamp() => inner.GetTimestamp();
        public override long TimestampFrequency => inner.TimestampFrequency;
        public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime, period);
    }

    private (ComponentContext Context, DispatcherCheckingClock Clock) Context()
    {
        var clock = new DispatcherCheckingClock(fixture.App.Services.GetRequiredService<TimeProvider>());
        var ctx = new ComponentContext(fixture.App.Services)
            .Share<IDbContextFactory<SupervisionDbContext>>().Share<ReferenceData>().Share<RuleCatalogue>()
            .Share<Supervision.Web.Features.Calendar.CurrentCalendar>().Share<ActivityFeed>().Share<WarningFeed>().Share<NoticeFeed>()
            .Share<IOptions<MapOptions>>().WithScreens();
        ctx.Services.AddSingleton<TimeProvider>(clock);
        ctx.Services.AddSingleton(Options.Create(new WallOptions()));
        ctx.Services.AddScoped<OverviewQuery>();
        ctx.Services.AddScoped<StreetFigures>();
        ctx.Services.AddScoped<FeedHealthQuery>();
        ctx.Services.AddScoped<WallAlarmQuery>();
        ctx.Services.AddScoped<NoticeWallQuery>();
        ctx.Services.AddScoped<ReplayDays>();
        ctx.SignIn("operator", Roles.Operator);
        clock.OnDispatcher = ctx.Renderer.Dispatcher.CheckAccess;
        return (ctx, clock);
    }

    /// <summary>A case: every live page's shared view recomputes for one (inspections are counted in without a computation).</summary>
    private ActivityEvent Case(int agencyId) =>
        new(0, "case", "created", -1, agencyId, "历下区市场监督管理局", 0, "", 117.02, 36.67, fixture.Clock.UtcNow(), fixture.Clock.UtcNow(), "济南测试有限公司", "");

    private static WarningNews RedWarning() =>
        new(-1, "R", "规则", WarningChangeKind.Raised, WarningLevel.Red, WarningStatus.Open, "测试预警", "", null, null, DateTime.UtcNow, null);

    public static TheoryData<string> Pages => ["overview", "wall", "map"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_live_page_refreshes_on_the_renderers_dispatcher_when_the_feeds_publish_from_worker_threads(string name)
    {
        var (ctx, clock) = Context();
        await using var _ = ctx;
        var agency = fixture.App.Services.GetRequiredService<ReferenceData>().Agencies.First(a => a.Code == "370102-SCJG").Id;
        var feed = fixture.App.Services.GetRequiredService<ActivityFeed>();
        var subscribers = feed.SubscriberCount;
        IRenderedComponent<IComponent> cut = name switch
        {
            "overview" => ctx.Render<OverviewPage>(),
            "wall" => ctx.Render<WallPage>(),
            _ => ctx.Render<MapPage>(),
        };
        await Wait.UntilAsync(() => feed.SubscriberCount > subscribers, TimeSpan.FromSeconds(15), "the page subscribes");
        var hub = ctx.Services.GetRequiredService<ScreenSnapshots>();
        var (computed, delivered) = (hub.Computations, hub.Delivered);

        // Published as ingestion and the warning jobs do: from threads that are not the renderer's.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++) feed.Publish(Case(agency));
            fixture.App.Services.GetRequiredService<WarningFeed>().Publish([RedWarning()]);
        })));

        // The shared view is recomputed once for the burst, and the page takes the result on its dispatcher.
        await Wait.UntilAsync(() => hub.Computations > computed, TimeSpan.FromSeconds(15), "the view is recomputed");
        await Wait.UntilAsync(() => hub.Delivered > delivered, TimeSpan.FromSeconds(15), "the page takes the new snapshot");
        cut.Render();
        Assert.Equal(0, hub.Failures);
        var pages = clock.OffDispatcher.Where(t => t.Contains("OverviewPage", StringComparison.Ordinal) || t.Contains("WallPage", StringComparison.Ordinal)
            || t.Contains("MapPage", StringComparison.Ordinal) || t.Contains("LiveView", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count == 0, "read off the dispatcher by a page:\n" + string.Join("\n----\n", pages.Take(2)));
    }
}
