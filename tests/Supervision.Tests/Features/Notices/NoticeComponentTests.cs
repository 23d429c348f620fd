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

    [Fact]
    public async Task Issuing_asks_first_because_the_number_cannot_be_given_back_and_then_says_the_number()
    {
        var id = await fixture.DraftAsync();
        await using var ctx = new ComponentContext(fixture.App.Services)
            .Share<IDbContextFactory<SupervisionDbContext>>().Share<ReferenceData>().Share<AuditLog>().Share<NoticeFeed>().Share<WarningEngine>()
            .Share<Microsoft.Extensions.Options.IOptions<NoticeOptions>>();
        ctx.Services.AddLogging();
        ctx.Services.AddScoped<NoticeService>();
        ctx.Services.AddScoped<NoticeQueries>();
        ctx.SignIn("test-Supervisor", Roles.Supervisor, withPolicies: true);
        var notice = (await fixture.QueriesAs(NoticesApp.Supervisor()).GetAsync(id))!;
        var done = 0;
        var cut = ctx.Render<NoticeSupervisorActions>(p => p.Add(a => a.Notice, notice).Add(a => a.Done, () => done++));
        var snackbar = ctx.Render<MudBlazor.MudSnackbarProvider>();

        cut.Find("[data-testid=action-issue]").Click();
        Assert.Contains(notice.AgencyName, cut.Find("[data-testid=issue-confirm]").TextContent);
        Assert.Null((await fixture.ReadAsync(id)).Number);
        cut.Find("[data-testid=issue-confirm-yes]").Click();

        await Wait.UntilAsync(async () => (await fixture.ReadAsync(id)).Number is not null, TimeSpan.FromSeconds(10), "the notice to be issued");
        var number = (await fixture.ReadAsync(id)).Number!;
        snackbar.WaitForAssertion(() => Assert.Contains($"已签发，文号：{number}", snackbar.Markup));
        Assert.Equal(1, done);
    }
}
