using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Seeding;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Rules;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// Incoming inspections arrive in bursts (batch posts, imports) and their rules are answered for the whole burst with one
/// query each: that must find exactly what the full sweep finds for the same parties and inspections.
/// </summary>
public class BurstEvaluationTests
{
    private static readonly string[] InspectionRules =
        [InspectionFrequencyRule.RuleCode, MultiAgencyInspectionRule.RuleCode, RepeatAfterJointRule.RuleCode, PreFilingRule.RuleCode];

    [Fact]
    public async Task A_burst_of_the_years_inspections_finds_what_the_sweep_finds()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path, settings: new Dictionary<string, string> { ["Demo:Seed"] = "7" },
            services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(DemoCity.Anchor)));
        app.CreateClient();
        var engine = app.Services.GetRequiredService<WarningEngine>();
        var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();

        foreach (var rule in InspectionRules) await engine.SweepAsync(rule);
        var swept = await FoundAsync(factory);
        await using (var db = await factory.CreateDbContextAsync()) await db.Warnings.ExecuteDeleteAsync();

        var yearStart = FactQueries.YearStartUtc(DemoCity.Anchor);
        List<int> ids;
        await using (var db = await factory.CreateDbContextAsync())
            ids = await db.Inspections.Where(i => i.StartedAt >= yearStart).Select(i => i.Id).ToListAsync();
        await engine.EvaluateAsync(ids.Select(id => new RecordTouch(RecordKind.Inspection, id)).ToList());
        var burst = await FoundAsync(factory);

        Assert.Equal(swept, burst);
        // Something to compare: the demo city's over-inspected parties and inspections without pre-filing at this instant.
        Assert.Contains(burst, w => w.StartsWith(InspectionFrequencyRule.RuleCode + ":"));
        Assert.Contains(burst, w => w.StartsWith(PreFilingRule.RuleCode + ":"));
    }

    [Fact]
    public async Task A_burst_of_ten_times_the_cases_is_evaluated_with_as_many_queries()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path,
            settings: new Dictionary<string, string> { ["Demo:Seed"] = "7", ["Warnings:SweepOnStart"] = "false" },
            services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(DemoCity.Anchor)));
        app.CreateClient();
        var engine = app.Services.GetRequiredService<WarningEngine>();
        List<RecordTouch> cases;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
            cases = (await db.Cases.OrderByDescending(c => c.FiledAt).Select(c => c.Id).Take(300).ToListAsync())
                .Select(id => new RecordTouch(RecordKind.Case, id)).ToList();
        Assert.Equal(300, cases.Count);
        // Once first, so both counted runs find the warnings already raised and write nothing: what is counted is the reading.
        var news = await engine.EvaluateAsync(cases);
        Assert.NotEmpty(news);

        var few = await CommandCounter.CountAsync(() => engine.EvaluateAsync(cases[..30]));
        var many = await CommandCounter.CountAsync(() => engine.EvaluateAsync(cases));

        // Every rule a case touches answers the whole burst with the same queries: 30 and 37 here, where one query per case
        // and rule took 525 and 4,193. What may grow a little is bounded: the store looks up a rule's warnings one subject at
        // a time only up to 20 subjects, and some queries are made only when there is something to ask (a kind of name).
        Assert.True(few > 0, "nothing was counted");
        Assert.True(many <= few + RuleBindings.All.Count, $"30 cases took {few} commands, 300 took {many}");
        Assert.True(many < 100, $"300 cases took {many} commands");
    }

    private static async Task<List<string>> FoundAsync(IDbContextFactory<SupervisionDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var rows = await db.Warnings.AsNoTracking().Where(w => InspectionRules.Contains(w.RuleCode) && w.Status == WarningStatus.Open)
            .Select(w => new { w.SubjectKey, w.Level, w.Detail }).ToListAsync();
        return rows.Select(w => $"{w.SubjectKey} {w.Level} {w.Detail}").Order(StringComparer.Ordinal).ToList();
    }
}
