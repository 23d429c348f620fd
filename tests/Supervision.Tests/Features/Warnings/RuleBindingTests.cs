using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Tests.Domain.Warnings;
using Supervision.Tests.Features.Seeding;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Rules;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// Each domain rule is wired by exactly one binding, and a binding's keys are the rule's own: a record a finding names,
/// touched again, reaches that finding's key, and evaluating what it reaches finds the same warning the sweep found.
/// </summary>
public class RuleBindingTests
{
    [Fact]
    public void Every_rule_has_exactly_one_binding_with_its_code_and_its_options()
    {
        var ruleTypes = typeof(IWarningRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWarningRule).IsAssignableFrom(t)).ToList();
        Assert.Equal(18, ruleTypes.Count);
        Assert.All(ruleTypes, t => Assert.Single(RuleBindings.All, b => b.RuleType == t));
        Assert.Equal(RuleBindings.All.Count, RuleBindings.All.Select(b => b.Code).Distinct().Count());

        var settingsGroups = typeof(RuleSettings).GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToList();
        var rules = new WarningRuleSet(new RuleSettings(), WarningTestData.Calendar);
        Assert.Equal(RuleBindings.All.Select(b => b.Code), rules.All.Select(r => r.Code));
        Assert.All(RuleBindings.All, b =>
        {
            var rule = b.Create(new RuleSettings(), WarningTestData.Calendar);
            Assert.IsType(b.RuleType, rule);
            Assert.Equal(b.Code, rule.Code);
            Assert.Contains(b.SettingsGroup, settingsGroups);
        });
        // The order every list shows is the options' order in RuleSettings, which is the docs' order.
        Assert.Equal(settingsGroups, RuleBindings.All.Select(b => b.SettingsGroup));
    }

    [Fact]
    public async Task A_record_a_finding_names_reaches_the_findings_key_and_its_evaluation_finds_it_again()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path, settings: new Dictionary<string, string> { ["Demo:Seed"] = "7" },
            services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(DemoCity.Anchor)));
        app.CreateClient();
        var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        // The demo city has neither separate inspections by three agencies in a week nor supervision notices: one agency
        // is enough here, and one notice is issued with its reply overdue, so every rule has warnings to check.
        var settings = new RuleSettings() with { MultiAgencyInspection = new MultiAgencyInspectionOptions { Levels = Escalation.Of(1, 2, 3, 4) } };
        var deadline = ChinaTime.DayOf(DemoCity.Anchor).AddDays(-5);
        db.Notices.Add(new SupervisionNotice
        {
            Kind = NoticeKind.SupervisionOpinion, Status = NoticeStatus.Issued, AgencyId = await db.Agencies.Select(a => a.Id).FirstAsync(),
            Title = "监督意见书", Facts = "事实", RequiredActions = "整改", ReplyDeadline = deadline, CreatedAt = DemoCity.Anchor.AddDays(-20),
            CreatedBy = "supervisor", IssuedAt = DemoCity.Anchor.AddDays(-20), Year = deadline.Year, Sequence = 901, Number = "济执监〔2026〕901号",
        });
        // Every record of the demo city was reported on time: one case reaches the center three weeks after its filing.
        var lateCase = await db.Cases.Where(c => c.FiledAt < DemoCity.Anchor.AddDays(-21)).OrderBy(c => c.Id).FirstAsync();
        lateCase.ReceivedAt = DemoCity.Anchor.AddHours(-1);
        await db.SaveChangesAsync();
        var rules = new WarningRuleSet(settings, app.Services.GetRequiredService<ReferenceData>().Holidays);
        var context = new RuleContext(db, rules, settings, DemoCity.Anchor, new FactMemo());

        var quiet = new List<string>();
        foreach (var binding in RuleBindings.All.Where(b => b.TouchedBy.Count > 0))
        {
            var swept = await binding.SweepAsync(context, default);
            if (swept.Count == 0)
            {
                quiet.Add(binding.Code);
                continue;
            }
            Assert.All(swept, f => Assert.Equal(binding.Code, f.RuleCode));

            var touches = new List<RecordTouch>();
            foreach (var finding in swept)
            {
                var named = finding.Records.Where(r => binding.TouchedBy.Contains(r.Kind))
                    .SelectMany(r => r.Ids.Select(id => new RecordTouch(r.Kind, id))).ToList();
                Assert.NotEmpty(named);
                touches.AddRange(named);
                var scope = binding.ScopeOf(await TouchedRecords.LoadAsync(db, named, default));
                Assert.NotNull(scope);
                Assert.True(EvaluationScope.Of(scope.Subjects).Covers(finding.SubjectKey),
                    $"{finding.SubjectKey} is not reached by its records' subjects {string.Join(", ", scope.Subjects)}.");
            }

            // All the sweep's records at once (a burst) find every warning the sweep found, the same.
            var burst = binding.ScopeOf(await TouchedRecords.LoadAsync(db, touches, default))!;
            var inScope = EvaluationScope.Of(burst.Subjects);
            var found = (await burst.FindAsync(context with { Memo = new FactMemo() }, default)).Where(f => inScope.Covers(f.SubjectKey));
            Assert.Equal(swept.Select(Text).Order(StringComparer.Ordinal), found.Select(Text).Distinct().Order(StringComparer.Ordinal));
        }
        Assert.Empty(quiet);
    }

    private static string Text(WarningFinding f) => $"{f.SubjectKey} {f.Level} {f.Severity} {f.Title} {f.Detail} {f.AgencyId} {f.StreetId}";
}
