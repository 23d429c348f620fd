using System.Net;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>The workbench's pages over HTTP with real sign-in (the server-rendered first paint).</summary>
[Collection(WorkbenchCollection.Name)]
public class WorkbenchPagesTests(WorkbenchApp fixture)
{
    [Fact]
    public async Task The_list_renders_for_an_operator_and_sends_nobody_signed_in_to_sign_in()
    {
        var id = await fixture.RaiseAsync();
        var operatorClient = await fixture.App.SignInAsync("operator");
        var page = await operatorClient.GetAsync("/warnings");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("预警处置", html);
        Assert.Contains("level-counts", html);

        var anonymous = await fixture.App.Anonymous().GetAsync("/warnings");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains(AccessRegistration.LoginPath, anonymous.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.App.Anonymous().GetAsync($"/warnings/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_warning_shows_its_rule_records_and_history_and_another_agencys_is_not_visible_to_a_liaison()
    {
        var own = await fixture.RaiseAsync(fixture.OwnAgency);
        var other = await fixture.RaiseAsync(fixture.OtherAgency);
        var liaison = await fixture.App.SignInAsync("liaison");

        var ownHtml = await liaison.GetStringAsync($"/warnings/{own}");
        Assert.Contains("warning-facts", ownHtml);
        Assert.Contains("warning-history", ownHtml);
        Assert.Contains("测试预警", ownHtml);
        Assert.DoesNotContain("not-visible", ownHtml);

        var otherHtml = await liaison.GetStringAsync($"/warnings/{other}");
        Assert.Contains("not-visible", otherHtml);
        Assert.DoesNotContain("测试预警", otherHtml);
        Assert.Contains("not-visible", await liaison.GetStringAsync("/warnings/999999"));
    }
}
