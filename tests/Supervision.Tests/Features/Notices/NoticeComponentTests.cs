using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Notices;

/// <summary>The wall's escalation panel and the workbench's notice button, rendered by bUnit against the real database.</summary>
[Collection(NoticesCollection.Name)]
public class NoticeComponentTests(NoticesApp fixture)
{
    private ComponentContext Context(string role)
    {
        var ctx = new ComponentContext(fixture.App.Services)
            .Share<IDbContextFactory<SupervisionDbContext>>().Share<ReferenceData>().Share<WarningFeed>().Share<WarningStore>().Share<AuditLog>()
            .Share<NoticeFeed>().WithScreens();
        ctx.Services.AddScoped<NoticeWallQuery>();
        ctx.Services.AddScoped<WarningActions>();
        return ctx.SignIn($"test-{role}", role, withPolicies: true);
    }

    [Fact]
    public async Task The_wall_panel_lists_escalated_open_notices_and_shows_a_new_escalation_live()
    {
        var first = await fixture.IssuedAsync();
        await fixture.SetDeadlineAsync(first, fixture.Today.AddDays(-6));
        await fixture.EscalateAsync();
        await using var ctx = Context(Roles.WallScreen);

        var cut = ctx.Render<WallEscalations>(p => p.Add(w => w.Capacity, 500));
        var number = (await fixture.ReadAsync(first)).Number!;
        cut.WaitForAssertion(() => Assert.Contains(number, cut.Markup), TimeSpan.FromSeconds(10));
        Assert.Contains("济南市市场监督管理局", cut.Markup);

        var second = await fixture.IssuedAsync(fixture.OtherAgency);
        await fixture.SetDeadlineAsync(second, fixture.Today.AddDays(-8));
        await fixture.EscalateAsync();
        var secondNumber = (await fixture.ReadAsync(second)).Number!;
        // The panel refreshes at most once a second of the app's clock, which the test drives.
        await Wait.UntilAsync(() =>
        {
            fixture.Clock.Advance(TimeSpan.FromMilliseconds(200));
            return cut.Markup.Contains(secondNumber);
        }, TimeSpan.FromSeconds(10), "the new escalation on the panel");
        // Longest overdue first.
        Assert.True(cut.Markup.IndexOf(secondNumber, StringComparison.Ordinal) < cut.Markup.IndexOf(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_workbench_notice_button_opens_a_draft_from_the_selected_warnings_for_supervisors_only()
    {
        await using var ctx = Context(Roles.Supervisor);
        var cut = ctx.Render<WarningActionBar>(p => p.Add(b => b.Targets, [new WarningRef(5), new WarningRef(7)]));

        var button = cut.Find("[data-testid=action-notice]");
        Assert.False(button.HasAttribute("disabled"));
        button.Click();
        Assert.EndsWith("/notices/new?warnings=5,7", ctx.Services.GetRequiredService<NavigationManager>().Uri);

        await using var operatorCtx = Context(Roles.Operator);
        Assert.Empty(operatorCtx.Render<WarningActionBar>(p => p.Add(b => b.Targets, [new WarningRef(5)])).FindAll("[data-testid=action-notice]"));
    }
}
