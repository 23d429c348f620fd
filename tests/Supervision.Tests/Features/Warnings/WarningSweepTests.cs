using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Cases;
using Supervision.Domain.Inspections;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Seeding;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;
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
        var link = Assert.Single(sample.Links, l => l.Kind == RecordKind.RectificationOrder);
        Assert.Equal($"overdue-rectification:order:{link.RecordId}", sample.SubjectKey);
        Assert.NotNull(await db.RectificationOrders.FindAsync(link.RecordId));
    }

    private static Task<List<(string, WarningLevel, WarningStatus, double, int)>> Snapshot(SupervisionDbContext db) =>
        db.Warnings.AsNoTracking().OrderBy(w => w.SubjectKey)
            .Select(w => new { w.SubjectKey, w.Level, w.Status, w.Severity, Links = w.Links.Count })
            .ToListAsync()
            .ContinueWith(t => t.Result.Select(x => (x.SubjectKey, x.Level, x.Status, x.Severity, x.Links)).ToList());
}

/// <summary>
/// On the generator's demo city, each rule finds what the generator planted for it, at its rate, and little else. A
/// rule only looks at its window (30 days of pre-filing, 90 days of evidence …), so "planted" here means planted within
/// the rule's window at the sweep's instant, computed from the generated records themselves.
/// </summary>
public class PlantedIrregularityTests(DemoWarningsApp demo, DemoCity city) : IClassFixture<DemoWarningsApp>, IClassFixture<DemoCity>
{
    private static readonly DateTime Now = DemoCity.Anchor;
    private readonly GeneratedCity _city = city.City;

    /// <summary>The subjects of a rule's open warnings: the key without the rule code and the year, e.g. "party:7:matter:3".</summary>
    private async Task<HashSet<string>> FoundAsync(string rule)
    {
        await using var db = await demo.Db();
        var keys = await db.Warnings.AsNoTracking().Where(w => w.RuleCode == rule && w.Status == WarningStatus.Open).Select(w => w.SubjectKey).ToListAsync();
        return keys.Select(k => System.Text.RegularExpressions.Regex.Replace(k[(rule.Length + 1)..], ":(year:\\d+|stage:\\w+)$", "")).ToHashSet();
    }

    private HashSet<string> Planted(Irregularity kind, string subject, Func<PlantedIrregularity, bool> inWindow) =>
        _city.Planted.Where(p => p.Kind == kind && inWindow(p))
            .Select(p => p.MatterId is { } m ? $"{subject}:{p.SubjectId}:matter:{m}" : $"{subject}:{p.SubjectId}").ToHashSet();

    private static bool Within(DateTime utc, int days) => DayWindow.Ending(Now, days).Contains(utc);

    [Fact]
    public async Task Record_rules_find_exactly_the_planted_records_in_their_windows()
    {
        var inspections = _city.Inspections.ToDictionary(i => i.Id);
        var cases = _city.Cases.ToDictionary(c => c.Id);
        var measures = _city.CompulsoryMeasures.ToDictionary(m => m.Id);
        var evidence = _city.CaseStages.Where(x => x.Stage == CaseStage.Evidence).ToDictionary(x => x.CaseId, x => x.OccurredAt);

        Assert.Equal(Planted(Irregularity.InspectionWithoutPreFiling, "inspection", p => Within(inspections[p.SubjectId].StartedAt, 30)),
            await FoundAsync(PreFilingRule.RuleCode));
        var evidencePlanted = Planted(Irregularity.SingleOfficerEvidence, "case", p => evidence.TryGetValue(p.SubjectId, out var at) && Within(at, 90));
        evidencePlanted.UnionWith(Planted(Irregularity.LapsedCertificateEvidence, "case", p => evidence.TryGetValue(p.SubjectId, out var at) && Within(at, 90)));
        Assert.Equal(evidencePlanted, await FoundAsync(EvidenceOfficersRule.RuleCode));
        Assert.Equal(Planted(Irregularity.FineOutsideBenchmark, "case", p => Within(cases[p.SubjectId].DecidedAt!.Value, 30)),
            await FoundAsync(FineBenchmarkRule.RuleCode));
        Assert.Equal(Planted(Irregularity.CasePastTimeLimit, "case", _ => true), await FoundAsync(CaseTimeLimitRule.RuleCode));
        Assert.Equal(Planted(Irregularity.NightOrHolidayExecution, "measure", p => Within(measures[p.SubjectId].StartedAt, 30)),
            await FoundAsync(NightHolidayExecutionRule.RuleCode));
        Assert.Equal(Planted(Irregularity.OverdueRectification, "order", _ => true), await FoundAsync(OverdueRectificationRule.RuleCode));
        Assert.Equal(Planted(Irregularity.OverdueComplaint, "complaint", _ => true), await FoundAsync(OverdueComplaintRule.RuleCode));
        Assert.Equal(Planted(Irregularity.TrainingShortfall, "officer", _ => true), await FoundAsync(TrainingHoursRule.RuleCode));
        // The windows hold a real share of what was planted, not a token one.
        Assert.InRange((await FoundAsync(PreFilingRule.RuleCode)).Count, 10, 200);
        Assert.InRange((await FoundAsync(EvidenceOfficersRule.RuleCode)).Count, 5, 60);
    }

    [Fact]
    public async Task Pattern_rules_find_exactly_the_planted_parties_and_streets_in_their_windows()
    {
        var year = DayWindow.YearToDate(Now);
        var byParty = _city.Inspections.ToLookup(i => i.PartyId);
        var sectors = city.Reference.Agencies.ToDictionary(a => a.Id, a => a.Sector);

        Assert.Equal(Planted(Irregularity.OverFrequentInspection, "party", _ => true), await FoundAsync(InspectionFrequencyRule.RuleCode));
        Assert.Equal(Planted(Irregularity.MultiAgencyInspection, "party", p => byParty[p.SubjectId]
                .Where(i => i.Kind is InspectionKind.Routine or InspectionKind.DoubleRandom && Within(i.StartedAt, 7))
                .Select(i => i.AgencyId).Distinct().Count() >= 3),
            await FoundAsync(MultiAgencyInspectionRule.RuleCode));
        var afterJoint = Planted(Irregularity.RepeatAfterJointInspection, "party", p => byParty[p.SubjectId].Any(i =>
            i.Kind is InspectionKind.Routine or InspectionKind.DoubleRandom && year.Contains(i.StartedAt) && byParty[p.SubjectId].Any(j =>
                j.Kind == InspectionKind.Joint && year.Contains(j.StartedAt) && j.StartedAt < i.StartedAt && sectors[j.AgencyId] == sectors[i.AgencyId])));
        Assert.Equal(afterJoint, (await FoundAsync(RepeatAfterJointRule.RuleCode)).Select(k => string.Join(':', k.Split(':')[..2])).ToHashSet());
        Assert.Equal(Planted(Irregularity.RepeatOffender, "party", p => _city.Cases.Count(c =>
                c.PartyId == p.SubjectId && c.MatterId == p.MatterId && Within(c.FiledAt, 180)) >= 3),
            await FoundAsync(RepeatViolationRule.RuleCode));
        Assert.Equal(Planted(Irregularity.StreetHotspot, "street", p => _city.Cases.Count(c =>
                c.StreetId == p.SubjectId && c.MatterId == p.MatterId && Within(c.FiledAt, 30)) >= 10),
            await FoundAsync(StreetHotspotRule.RuleCode));
        Assert.NotEmpty(await FoundAsync(InspectionFrequencyRule.RuleCode));
        Assert.NotEmpty(await FoundAsync(RepeatViolationRule.RuleCode));
    }

    [Fact]
    public async Task Fines_far_from_their_peers_are_rare()
    {
        // Nothing is planted for this rule: the generator's fines are spread inside wide benchmark ranges, so a few
        // honest outliers exist. Few means under 2% of the fines the rule judged.
        var judged = _city.Cases.Count(c => c.DecidedAt is { } d && Within(d, 30) && c.Fine > 0);
        var found = await FoundAsync(FinePeerRule.RuleCode);
        Assert.InRange(found.Count, 0, Math.Max(2, judged * 0.02));
    }
}
