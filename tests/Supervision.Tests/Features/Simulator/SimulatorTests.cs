using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Simulator;

namespace Supervision.Tests.Features.Simulator;

public class SimulatorTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task Simulated_records_pass_the_ingestion_rules_and_reach_the_feed()
    {
        await using var app = new SupervisionApp(_db.Path);
        app.CreateClient();
        var simulator = app.Services.GetRequiredService<LiveSimulator>();
        var feed = app.Services.GetRequiredService<ActivityFeed>();
        var events = 0;
        using var subscription = feed.Subscribe(_ => Interlocked.Increment(ref events));

        var outcomes = new List<RecordOutcome>();
        for (var i = 0; i < 300; i++) outcomes.Add(await simulator.StepAsync());

        Assert.All(outcomes, o => Assert.True(o.Status is OutcomeStatus.Created or OutcomeStatus.Updated,
            $"{o.Status}: {o.Detail} {string.Join("; ", o.Errors?.Select(e => $"{e.Key}: {string.Join(",", e.Value)}") ?? [])}"));
        // An inspection that orders rectification sends the order too: at least one event per step.
        // Subscribers are handed events on their own loop, a moment after the write.
        await Wait.UntilAsync(() => Volatile.Read(ref events) >= outcomes.Count, TimeSpan.FromSeconds(10), "an event per step reaches the feed");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Inspections.CountAsync(i => i.ExternalId.StartsWith("SIM-")) > 40);
        var simulatedCases = await db.Cases.Where(c => c.ExternalId.StartsWith("SIM-")).Select(c => c.Id).ToListAsync();
        Assert.NotEmpty(simulatedCases);
        // Cases move on: some have more than their filing stage.
        Assert.True(await db.CaseStages.Where(s => simulatedCases.Contains(s.CaseId)).CountAsync() > simulatedCases.Count);
        // Every other kind of record streams too: orders from inspections, reviews (some after the deadline),
        // measures, complaints and their handling.
        Assert.True(await db.RectificationOrders.AnyAsync(o => o.ExternalId.StartsWith("SIM-R-") && o.InspectionId != null));
        var since = DateTime.UtcNow.AddMinutes(-5);
        var reviews = await db.RectificationOrders.Where(o => o.ReviewedAt > since).Select(o => new { o.ReviewedAt, o.Deadline }).ToListAsync();
        Assert.NotEmpty(reviews);
        Assert.Contains(reviews, r => Supervision.Domain.Calendar.ChinaTime.DayOf(r.ReviewedAt!.Value) > r.Deadline);
        Assert.True(await db.CompulsoryMeasures.AnyAsync(m => m.ExternalId.StartsWith("SIM-M-")));
        Assert.True(await db.Complaints.AnyAsync(c => c.ExternalId.StartsWith("SIM-C-") && c.HandledAt != null));
    }

    [Fact]
    public async Task The_simulator_is_off_unless_configured_and_streams_when_it_is()
    {
        await using (var off = new SupervisionApp(_db.Path))
        {
            off.CreateClient();
            // Disabled, its loop returns at once: nothing will ever be sent. (Since .NET 10 a background service's loop
            // starts on the thread pool, so "at once" is awaited, briefly, rather than sampled.)
            var loop = off.Services.GetRequiredService<LiveSimulator>().ExecuteTask!;
            await loop.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.True(loop.IsCompletedSuccessfully);
        }
        await using var on = new SupervisionApp(_db.Path, settings: new Dictionary<string, string>
        {
            ["Simulator:Enabled"] = "true", ["Simulator:EventsPerMinute"] = "6000",
        });
        on.CreateClient();
        Assert.False(on.Services.GetRequiredService<LiveSimulator>().ExecuteTask!.IsCompleted);
        await using var db = await on.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        await Wait.UntilAsync(() => db.Inspections.AnyAsync(i => i.ExternalId.StartsWith("SIM-")), TimeSpan.FromSeconds(30), "a simulated inspection");
    }

    public void Dispose() => _db.Dispose();
}
