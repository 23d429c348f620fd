using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Supervision.Domain.Evaluation;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Evaluation;

namespace Supervision.Tests.Features.Evaluation;

/// <summary>The scoring form rendered by bUnit: quick picks change the live total and grade at the thresholds.</summary>
[Collection(EvaluationCollection.Name)]
public class ScoringFormTests(EvaluationApp fixture)
{
    private ComponentContext Context()
    {
        var ctx = new ComponentContext(fixture.App.Services)
            .Share<IDbContextFactory<SupervisionDbContext>>().Share<Checklist>().Share<IOptions<EvaluationOptions>>().Share<IAuthorizationService>();
        ctx.Services.AddSingleton<AuditLog>();
        ctx.Services.AddScoped<CampaignService>();
        return ctx.SignIn("supervisor", Roles.Supervisor);
    }

    private static FileDetail Detail() => new(
        new FileRow(1, 1, "济市监罚〔2026〕1号", 1, "370102-SCJG", "历下区市场监督管理局", DateTime.UtcNow,
            "supervisor", FileStatus.Assigned, null, null, null, null, 0),
        new CampaignHeader(1, "测试", 2026, 3, null, 1, CampaignStatus.Open, DateTime.UtcNow, "supervisor", null, null),
        "测试事项", DateTime.UtcNow, DateTime.UtcNow, null, null, false, []);

    [Fact]
    public async Task Quick_picks_take_their_points_and_the_grade_follows_the_total()
    {
        await using var ctx = Context();
        var cut = ctx.Render<ScoringForm>(p => p.Add(f => f.File, Detail()));
        Assert.Equal("100", cut.Find("[data-testid=scoring-total]").TextContent.Trim());
        Assert.Equal("优秀", cut.Find("[data-testid=scoring-grade]").TextContent.Trim());

        // ZT-01 −5 (超越法定职权…) and ZT-02 −5 (未取得执法证件…): 90, still excellent; then −1 more: 89, qualified.
        var picks = cut.FindAll("[data-testid=quick-pick]");
        await cut.InvokeAsync(() => picks[0].Click());
        await cut.InvokeAsync(() => cut.FindAll("[data-testid=quick-pick]")[2].Click());
        Assert.Equal("90", cut.Find("[data-testid=scoring-total]").TextContent.Trim());
        Assert.Equal("优秀", cut.Find("[data-testid=scoring-grade]").TextContent.Trim());
        var oneMore = cut.FindAll("[data-testid=quick-pick]").First(e => e.TextContent.Contains("错别字"));
        await cut.InvokeAsync(() => oneMore.Click());
        Assert.Equal("89", cut.Find("[data-testid=scoring-total]").TextContent.Trim());
        Assert.Equal("合格", cut.Find("[data-testid=scoring-grade]").TextContent.Trim());
        Assert.Equal(3, cut.FindAll("[data-testid=deduction-row]").Count);
    }
}
