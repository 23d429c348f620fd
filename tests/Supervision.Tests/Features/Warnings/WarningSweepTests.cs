using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Seeding;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>The demo city of <see cref="DemoCity"/> (seed 7, same instant) in a real app, with time under the test's control.</summary>
public sealed class DemoWarningsApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public FakeTimeProvider Time { get; } = new(DemoCity.Anchor);
    public SupervisionApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path, settings: new Dictionary<string, string> { ["Demo:Seed"] = "7" },
            services: s => s.AddSingleton<TimeProvider>(Time));
        App.CreateClient();
        await Engine.SweepAllAsync();
    }

    public WarningEngine Engine => App.Services.GetRequiredService<WarningEngine>();

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

public class WarningSweepTests(DemoWarningsApp demo) : IClassFixture<DemoWarningsApp>
{
    [Fact]
    public async Task A_sweep_run_again_changes_nothing_and_duplicates_nothing()
    {
        await using var db = await demo.Db();
        var before = await Snapshot(db);
        var history = await db.WarningChanges.CountAsync();

        var again = await demo.Engine.SweepAllAsync();

        Assert.All(again, r => Assert.Equal((0, 0, 0), (r.Raised, r.Escalated, r.Resolved)));
        Assert.Empty(again.SelectMany(r => r.News));
        Assert.Equal(before, await Snapshot(db));
        Assert.Equal(history, await db.WarningChanges.CountAsync());
        Assert.Equal(await db.Warnings.CountAsync(), await db.Warnings.Select(w => w.SubjectKey).Distinct().CountAsync());
    }

    [Fact]
    public async Task Every_rule_ran_and_recorded_how_it_went()
    {
        await using var db = await demo.Db();
        var runs = await db.WarningRuleRuns.AsNoTracking().ToListAsync();
        Assert.Equal(demo.App.Services.GetRequiredService<RuleCatalogue>().Codes.Order(), runs.Select(r => r.RuleCode).Order());
        Assert.All(runs, r => Assert.Null(r.Error));
        Assert.All(runs, r => Assert.Equal(DemoCity.Anchor, r.StartedAt));
    }

    [Fact]
    public async Task Each_warning_links_to_the_records_that_caused_it()
    {
        await using var db = await demo.Db();
        var sample = await db.Warnings.AsNoTracking().Include(w => w.Links).Where(w => w.RuleCode == OverdueRectificationRule.RuleCode).FirstAsync();
        var link = Assert.Single(sample.Links);
        Assert.Equal(RecordKind.RectificationOrder, link.Kind);
        Assert.Equal($"overdue-rectification:order:{link.RecordId}", sample.SubjectKey);
        Assert.NotNull(await db.RectificationOrders.FindAsync(link.RecordId));
    }

    private static Task<List<(string, WarningLevel, WarningStatus, double, int)>> Snapshot(SupervisionDbContext db) =>
        db.Warnings.AsNoTracking().OrderBy(w => w.SubjectKey)
            .Select(w => new { w.SubjectKey, w.Level, w.Status, w.Severity, Links = w.Links.Count })
            .ToListAsync()
            .ContinueWith(t => t.Result.Select(x => (x.SubjectKey, x.Level, x.Status, x.Severity, x.Links)).ToList());
}
