using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Supervision.Tests.Features.Evaluation;

/// <summary>The evaluation pages over HTTP with real sign-in (the server-rendered first paint).</summary>
[Collection(EvaluationCollection.Name)]
public class EvaluationPagesTests(EvaluationApp fixture)
{
    [Fact]
    public async Task The_pages_render_for_a_supervisor_and_are_refused_to_an_operator()
    {
        var id = await fixture.OpenAsync(name: "页面测试评查");
        await using var db = await fixture.Db();
        var file = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).OrderBy(f => f.Id).FirstAsync();
        var caseNumber = await db.Cases.Where(c => c.Id == file.CaseId).Select(c => c.Number).SingleAsync();
        var supervisor = await fixture.App.SignInAsync("supervisor");

        var list = await supervisor.GetStringAsync("/evaluations");
        Assert.Contains("页面测试评查", list);
        Assert.Contains("open-campaign", list);

        var campaign = await supervisor.GetStringAsync($"/evaluations/{id}");
        Assert.Contains("campaign-progress", campaign);
        Assert.Contains(caseNumber, campaign);
        Assert.Contains("common-problems", campaign);
        Assert.Contains("agency-summary", campaign);

        var scoring = await supervisor.GetStringAsync($"/evaluations/{id}/files/{file.Id}");
        Assert.Contains("执法主体", scoring);
        Assert.Contains("调查取证的执法人员少于两人", scoring);
        // Not assigned to the supervisor yet: shown, not scorable.
        Assert.Contains("file-readonly", scoring);
        Assert.Contains("not-visible", await supervisor.GetStringAsync($"/evaluations/{id}/files/999999"));

        var operatorClient = await fixture.App.SignInAsync("operator");
        foreach (var path in new[] { "/evaluations", $"/evaluations/{id}", $"/evaluations/{id}/files/{file.Id}", $"/evaluations/{id}/workbook" })
            Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync(path)).StatusCode);
    }
}
