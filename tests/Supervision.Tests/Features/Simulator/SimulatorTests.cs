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
        feed.Published += _ => Interlocked.Increment(ref events);

        var outcomes = new List<RecordOutcome>();
        for (var i = 0; i < 120; i++) outcomes.Add(await simulator.StepAsync());

        Assert.All(outcomes, o => Assert.True(o.Status is OutcomeStatus.Created or OutcomeStatus.Updated,
            $"{o.Status}: {o.Detail} {string.Join("; ", o.Errors?.Select(e => $"{e.Key}: {string.Join(",", e.Value)}") ?? [])}"));
        Assert.Equal(outcomes.Count, events);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Inspections.CountAsync(i => i.ExternalId.StartsWith("SIM-")) > 40);
        var simulatedCases = await db.Cases.Where(c => c.ExternalId.StartsWith("SIM-")).Select(c => c.Id).ToListAsync();
        Assert.NotEmpty(simulatedCases);
        // Cases move on: some have more than their filing stage.
        Assert.True(await db.CaseStages.Where(s => simulatedCases.Contains(s.CaseId)).CountAsync() > simulatedCases.Count);
    }

    [Fact]
    public async Task The_simulator_is_off_unless_configured()
    {
        await using var app = new SupervisionApp(_db.Path);
        app.CreateClient();
        await Task.Delay(500);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId.StartsWith("SIM-")));
    }

    public void Dispose() => _db.Dispose();
}
