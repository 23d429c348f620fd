using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;
using Supervision.Domain.Validation;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>What a supervisor with hundreds of open warnings relies on: names, units, folding, one acknowledgement, notices marked.</summary>
[Collection(WorkbenchCollection.Name)]
public class WorkbenchTriageTests(WorkbenchApp fixture)
{
    // The many warnings of the folding test carry this in their keys instead of the test rule's name, out of the other tests' lists.
    private const string Marker = "fold-test";

    [Fact]
    public async Task Rows_name_their_subject_and_give_the_severity_in_the_rules_unit()
    {
        await using var db = await fixture.Db();
        var enterprise = await db.Parties.Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).FirstAsync();
        var officer = await db.Officers.OrderBy(o => o.Id).FirstAsync();
        var @case = await db.Cases.OrderBy(c => c.Id).FirstAsync();
        var aboutParty = await fixture.RaiseAsync(subject: $"party:{enterprise.Id}", rule: OverdueRectificationRule.RuleCode, severity: 26);
        var aboutOfficer = await fixture.RaiseAsync(subject: $"officer:{officer.Id}", rule: TrainingHoursRule.RuleCode, severity: 44.8);
        var aboutCase = await fixture.RaiseAsync(subject: $"case:{@case.Id}", rule: FinePeerRule.RuleCode, severity: 4.5);
        var unnamed = await fixture.RaiseAsync();

        var rows = (await fixture.QueriesAs(SignedInAs.Operator()).ListAsync(new WarningFilter(Text: WorkbenchApp.TestRule), new PageRequest(PageSize: 200)))
            .Items.ToDictionary(r => r.Id);

        Assert.Equal(enterprise.Name, rows[aboutParty].Subject);
        Assert.Equal(officer.Name, rows[aboutOfficer].Subject);
        Assert.Equal(@case.Number, rows[aboutCase].Subject);
        Assert.Null(rows[unnamed].Subject);
        Assert.Equal("26天", WarningTerms.SeverityText(rows[aboutParty].Severity, rows[aboutParty].Unit));
        Assert.Equal("44.8学时", WarningTerms.SeverityText(rows[aboutOfficer].Severity, rows[aboutOfficer].Unit));
        Assert.Equal("4.5倍", WarningTerms.SeverityText(rows[aboutCase].Severity, rows[aboutCase].Unit));
        // Rule and title are never the same text.
        Assert.All(rows.Values, r => Assert.NotEqual(r.RuleName, r.Title));
    }

    [Fact]
    public void Every_rule_has_a_unit_and_an_urgency_and_the_deadlines_come_before_the_yearly_housekeeping()
    {
        var catalogue = new RuleCatalogue();
        Assert.All(catalogue.All, r => Assert.True(catalogue.RankOf(r.Code) < catalogue.All.Count, $"{r.Code} has no urgency"));
        Assert.Equal(catalogue.All.Count, catalogue.All.Select(r => catalogue.RankOf(r.Code)).Distinct().Count());
        foreach (var urgent in new[] { CaseTimeLimitRule.RuleCode, OverdueRectificationRule.RuleCode, OverdueComplaintRule.RuleCode })
            Assert.True(catalogue.RankOf(urgent) < catalogue.RankOf(TrainingHoursRule.RuleCode));
        Assert.Equal(SeverityUnit.StudyHours, catalogue.UnitOf(TrainingHoursRule.RuleCode));
    }

    [Fact]
    public async Task Hundreds_of_training_hour_warnings_fold_per_agency_and_do_not_bury_an_overdue_rectification()
    {
        await using var db = await fixture.Db();
        var agencies = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).Take(60).ToListAsync();
        var officers = await db.Officers.OrderBy(o => o.Id).Select(o => o.Id).Take(240).ToListAsync();
        // 240 red training-hours warnings over 60 agencies (four each, more hours short than any rectification is days late) …
        for (var i = 0; i < officers.Count; i++)
            await fixture.RaiseAsync(agencies[i % agencies.Count], WarningLevel.Red, 50 + i % 7, $"officer:{officers[i]}", TrainingHoursRule.RuleCode, Marker);
        // … and one red overdue rectification, two days late.
        var rectification = await fixture.RaiseAsync(agencies[^1], WarningLevel.Red, 2, "party:1", OverdueRectificationRule.RuleCode, Marker);
        var filter = new WarningFilter(Levels: new HashSet<WarningLevel> { WarningLevel.Red }, Text: Marker);
        var queries = fixture.QueriesAs(SignedInAs.Operator());

        var byRow = await queries.ListAsync(filter, new PageRequest());
        var folded = await queries.GroupsAsync(filter, new PageRequest());

        // One row each, sorted by severity, the rectification is not on the first page; folded, it leads it.
        Assert.DoesNotContain(byRow.Items, r => r.Id == rectification);
        var first = folded.Items[0];
        Assert.Equal((OverdueRectificationRule.RuleCode, rectification, 1), (first.RuleCode, first.FirstId, first.Count));
        var training = folded.Items.Where(g => g.RuleCode == TrainingHoursRule.RuleCode).ToList();
        Assert.All(training, g => Assert.Equal(4, g.Count));
        Assert.Equal((61, 49), (folded.Total, training.Count));
        Assert.Equal(SeverityUnit.StudyHours, training[0].Unit);
        Assert.Equal(56, training.Max(g => g.MaxSeverity));
    }

    [Fact]
    public async Task An_acknowledged_warning_is_not_acknowledged_again_and_a_mixed_selection_acknowledges_the_rest()
    {
        var first = await fixture.RaiseAsync();
        var second = await fixture.RaiseAsync();
        Assert.True((await fixture.ActAsync(s => s.AcknowledgeAsync([first], "已电话通知", SignedInAs.Operator()))).Succeeded);

        var again = await fixture.ActAsync(s => s.AcknowledgeAsync([first], null, SignedInAs.Operator()));
        Assert.Equal("status", Assert.Single(again.Problems).Field);
        var mixed = await fixture.ActAsync(s => s.AcknowledgeAsync([first, second], null, SignedInAs.Operator()));
        Assert.Equal([second], mixed.Value);

        await using var db = await fixture.Db();
        Assert.Equal(1, await db.WarningChanges.CountAsync(c => c.WarningId == first && c.Kind == WarningChangeKind.Acknowledged));
        Assert.Equal(1, await db.WarningChanges.CountAsync(c => c.WarningId == second && c.Kind == WarningChangeKind.Acknowledged));
        Assert.Equal("已电话通知", (await fixture.ReadAsync(first)).HandlingNote);
        // Said in the domain too, for any other caller.
        var w = await fixture.ReadAsync(first);
        Assert.Throws<WarningActionException>(() => w.Acknowledge("x", null, DateTime.UtcNow));
    }

    [Fact]
    public async Task A_warning_with_a_notice_drawn_up_on_it_links_to_the_notice_and_the_dismisser_is_named()
    {
        var covered = await fixture.RaiseAsync();
        var draft = new NoticeDraft(Supervision.Domain.Notices.NoticeKind.WarningNotice, fixture.OwnAgency, "关于测试预警的预警通知", "经查，存在测试预警所述情形。", "请于期限内整改并书面回复。",
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), [covered], []);
        Outcome<int?> created;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
            created = await scope.ServiceProvider.GetRequiredService<NoticeService>().CreateDraftAsync(draft, WorkbenchApp.Supervisor());
        Assert.True(created.Succeeded, string.Join("; ", created.Problems.Select(p => p.Message)));

        var queries = fixture.QueriesAs(SignedInAs.Operator());
        var row = (await queries.ListAsync(new WarningFilter(Text: WorkbenchApp.TestRule), new PageRequest(PageSize: 200))).Items.Single(r => r.Id == covered);
        Assert.Equal(created.Value, row.Notice?.NoticeId);
        Assert.Equal(created.Value, Assert.Single((await queries.GetAsync(covered))!.Notices).NoticeId);

        // The demo account "supervisor" is 演示监督员: people are named as colleagues know them, not by login.
        var supervisor = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, "supervisor"), new(System.Security.Claims.ClaimTypes.Role, Web.Features.Access.Roles.Supervisor)], "test"));
        Assert.True((await fixture.ActAsync(s => s.DismissAsync([covered], "已发文书督办", supervisor))).Succeeded);
        var detail = await queries.GetAsync(covered);
        Assert.Equal(WarningStatus.Dismissed, detail!.Row.Status);
        Assert.Equal(("演示监督员", "已发文书督办"), (detail.HandledBy, detail.HandlingNote));
        Assert.Contains(detail.History, h => h.Kind == WarningChangeKind.Dismissed && h.By == "演示监督员");
    }
}
