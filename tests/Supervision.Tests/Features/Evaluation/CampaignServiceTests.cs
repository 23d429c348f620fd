using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Cases;
using Supervision.Domain.Evaluation;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Evaluation;

namespace Supervision.Tests.Features.Evaluation;

/// <summary>Opening, assigning, scoring and closing campaigns through the real service on the demo city.</summary>
[Collection(EvaluationCollection.Name)]
public class CampaignServiceTests(EvaluationApp fixture)
{
    private async Task<Dictionary<int, List<int>>> FilesAsync(int campaignId)
    {
        await using var db = await fixture.Db();
        return (await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == campaignId).ToListAsync())
            .GroupBy(f => f.AgencyId).ToDictionary(g => g.Key, g => g.Select(f => f.CaseId).Order().ToList());
    }

    [Fact]
    public async Task The_same_seed_draws_the_same_closed_cases_again_also_after_the_app_is_restarted()
    {
        var first = await fixture.OpenAsync(seed: 777);
        var second = await fixture.OpenAsync(seed: 777);
        var other = await fixture.OpenAsync(seed: 778);
        var drawn = await FilesAsync(first);

        Assert.Equal(drawn, await FilesAsync(second));
        Assert.NotEqual(drawn, await FilesAsync(other));
        // Three files from each agency, all closed cases of its own closed in the year.
        await using (var db = await fixture.Db())
        {
            var (from, to) = CampaignReport.YearRange(fixture.Year);
            foreach (var (agency, cases) in drawn)
            {
                Assert.Equal(3, cases.Count);
                Assert.Equal(3, await db.Cases.CountAsync(c => cases.Contains(c.Id) && c.AgencyId == agency
                    && c.Stage == CaseStage.Closed && c.ClosedAt >= from && c.ClosedAt < to));
            }
            var stored = await db.EvaluationCampaigns.AsNoTracking().Include(c => c.Agencies).SingleAsync(c => c.Id == first);
            Assert.Equal(777, stored.Seed);
            foreach (var a in stored.Agencies)
                Assert.Equal(await db.Cases.CountAsync(c => c.AgencyId == a.AgencyId && c.Stage == CaseStage.Closed && c.ClosedAt >= from && c.ClosedAt < to), a.ClosedCases);
        }

        // Restarted on the same database file: the stored seed draws the stored files.
        await using var reopened = new SupervisionApp(fixture.DatabasePath);
        reopened.CreateClient();
        await using var scope = reopened.Services.CreateAsyncScope();
        var redrawn = await scope.ServiceProvider.GetRequiredService<CampaignService>().RedrawAsync(first);
        Assert.Equal(drawn, redrawn!.Where(r => r.Value.Count > 0).ToDictionary(r => r.Key, r => r.Value.ToList()));
    }

    [Fact]
    public async Task A_percentage_sample_takes_each_agencys_share_rounded_up()
    {
        var id = await fixture.OpenAsync(perAgency: null, percent: 10);
        await using var db = await fixture.Db();
        var campaign = await db.EvaluationCampaigns.AsNoTracking().Include(c => c.Agencies).SingleAsync(c => c.Id == id);
        var files = await FilesAsync(id);
        foreach (var a in campaign.Agencies)
            Assert.Equal((a.ClosedCases * 10 + 99) / 100, files.GetValueOrDefault(a.AgencyId)?.Count ?? 0);
    }

    [Fact]
    public async Task Opening_is_refused_to_an_operator_and_without_agencies_or_with_both_sizes()
    {
        var request = new OpenCampaignRequest("测试", fixture.Year, fixture.Agencies, 3, null);
        Assert.Equal("permission", Assert.Single((await fixture.With(s => s.OpenAsync(request, SignedInAs.Operator()))).Problems).Field);
        var bad = await fixture.With(s => s.OpenAsync(new OpenCampaignRequest(" ", fixture.Year, [], 3, 10), EvaluationApp.Supervisor()));
        Assert.Equal(["name", "agencies", "size"], bad.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task Files_go_round_robin_to_the_chosen_evaluators_and_only_supervisors_or_admins_evaluate()
    {
        var id = await fixture.OpenAsync();
        var refused = await fixture.With(s => s.AssignAsync(id, [], ["supervisor", "analyst"], EvaluationApp.Supervisor()));
        Assert.Equal("evaluators", Assert.Single(refused.Problems).Field);

        Assert.True((await fixture.With(s => s.AssignAsync(id, [], ["supervisor", "admin"], EvaluationApp.Supervisor()))).Succeeded);
        await using var db = await fixture.Db();
        var files = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).ToListAsync();
        Assert.All(files, f => Assert.Equal(FileStatus.Assigned, f.Status));
        var counts = files.GroupBy(f => f.Evaluator!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["admin", "supervisor"], counts.Keys.Order());
        Assert.True(Math.Abs(counts["admin"] - counts["supervisor"]) <= 1);

        // One by one: a single file to one evaluator.
        var one = files[0].Id;
        Assert.True((await fixture.With(s => s.AssignAsync(id, [one], ["admin"], EvaluationApp.Supervisor()))).Succeeded);
        Assert.Equal("admin", (await db.CampaignFiles.AsNoTracking().SingleAsync(f => f.Id == one)).Evaluator);
        Assert.Contains(await fixture.App.AuditAsync(), e => e.Action == AuditActions.EvaluationAssigned && e.Target == $"evaluation:{id}");
    }

    [Fact]
    public async Task Only_the_assigned_evaluator_or_an_admin_scores_and_the_score_and_grade_follow_the_thresholds()
    {
        var id = await fixture.OpenAsync();
        await using var db = await fixture.Db();
        var files = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();
        Assert.True((await fixture.With(s => s.AssignAsync(id, files, ["supervisor"], EvaluationApp.Supervisor()))).Succeeded);
        List<DeductionEntry> ten = [new("ZJ-01", 5, "缺少现场检查笔录"), new("CX-02", 5, "未告知陈述申辩权利")];

        var otherSupervisor = EvaluationApp.Person("supervisor2", Roles.Supervisor);
        Assert.Equal("permission", Assert.Single((await fixture.With(s => s.ScoreAsync(files[0], ten, otherSupervisor))).Problems).Field);
        Assert.Equal("permission", Assert.Single((await fixture.With(s => s.ScoreAsync(files[0], ten, SignedInAs.Operator()))).Problems).Field);

        // 100 − 10 = 90: excellent exactly at the threshold; one point more is qualified.
        Assert.True((await fixture.With(s => s.ScoreAsync(files[0], ten, EvaluationApp.Supervisor()))).Succeeded);
        Assert.True((await fixture.With(s => s.ScoreAsync(files[1], [.. ten, new("WS-03", 1, "错别字")], EvaluationApp.Admin()))).Succeeded);
        // 100 − 30 = 70 qualified, − 31 = 69 unqualified.
        List<DeductionEntry> thirty = [new("ZJ-01", 7, "主要证据缺失"), new("FL-01", 8, "适用法律错误"),
            new("CX-02", 5, "未告知"), new("CL-01", 6, "畸重"), new("SS-03", 4, "定性错误")];
        Assert.True((await fixture.With(s => s.ScoreAsync(files[2], thirty, EvaluationApp.Supervisor()))).Succeeded);
        Assert.True((await fixture.With(s => s.ScoreAsync(files[3], [.. thirty, new("GD-02", 1, "无备考表")], EvaluationApp.Supervisor()))).Succeeded);

        var scored = await db.CampaignFiles.AsNoTracking().Include(f => f.Deductions).Where(f => files.Take(4).Contains(f.Id)).OrderBy(f => f.Id).ToListAsync();
        Assert.Equal([(90, Grade.Excellent), (89, Grade.Qualified), (70, Grade.Qualified), (69, Grade.Unqualified)],
            scored.Select(f => (f.Score!.Value, f.Grade!.Value)));
        Assert.Equal(("admin", FileStatus.Scored), (scored[1].ScoredBy!, scored[1].Status));
        Assert.Equal("未告知陈述申辩权利", scored[0].Deductions.Single(d => d.ItemCode == "CX-02").Reason);
        Assert.Contains(await fixture.App.AuditAsync(), e => e.Action == AuditActions.EvaluationScored && e.Target == $"evaluation-file:{files[0]}" && e.UserName == "supervisor");

        // Scoring again replaces the deductions.
        Assert.True((await fixture.With(s => s.ScoreAsync(files[0], [new("WS-03", 1, "错别字")], EvaluationApp.Supervisor()))).Succeeded);
        var again = await db.CampaignFiles.AsNoTracking().Include(f => f.Deductions).SingleAsync(f => f.Id == files[0]);
        Assert.Equal((99, 1), (again.Score!.Value, again.Deductions.Count));
    }

    [Fact]
    public async Task A_deduction_without_a_reason_is_refused_and_nothing_is_saved()
    {
        var id = await fixture.OpenAsync();
        await using var db = await fixture.Db();
        var file = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).Select(f => f.Id).FirstAsync();
        Assert.True((await fixture.With(s => s.AssignAsync(id, [file], ["supervisor"], EvaluationApp.Supervisor()))).Succeeded);

        var result = await fixture.With(s => s.ScoreAsync(file, [new("ZJ-01", 5, "缺少笔录"), new("WS-01", 2, " ")], EvaluationApp.Supervisor()));

        Assert.Equal("reason:1", Assert.Single(result.Problems).Field);
        var row = await db.CampaignFiles.AsNoTracking().Include(f => f.Deductions).SingleAsync(f => f.Id == file);
        Assert.Equal((FileStatus.Assigned, null, 0), (row.Status, row.Score, row.Deductions.Count));
    }

    [Fact]
    public async Task A_closed_campaign_takes_no_more_scores_or_assignments()
    {
        var id = await fixture.OpenAsync();
        await using var db = await fixture.Db();
        var file = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).Select(f => f.Id).FirstAsync();
        Assert.True((await fixture.With(s => s.AssignAsync(id, [file], ["supervisor"], EvaluationApp.Supervisor()))).Succeeded);
        Assert.True((await fixture.With(s => s.CloseAsync(id, EvaluationApp.Supervisor()))).Succeeded);

        Assert.Equal("campaign", Assert.Single((await fixture.With(s => s.ScoreAsync(file, [], EvaluationApp.Supervisor()))).Problems).Field);
        Assert.Equal("campaign", Assert.Single((await fixture.With(s => s.AssignAsync(id, [], ["admin"], EvaluationApp.Supervisor()))).Problems).Field);
        Assert.Contains(await fixture.App.AuditAsync(), e => e.Action == AuditActions.EvaluationClosed && e.Target == $"evaluation:{id}");
    }
}
