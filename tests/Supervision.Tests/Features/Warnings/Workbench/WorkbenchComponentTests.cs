using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>The workbench's grid rendered by bUnit against the real database, as each role sees it.</summary>
[Collection(WorkbenchCollection.Name)]
public class WorkbenchComponentTests(WorkbenchApp fixture)
{
    private ComponentContext Context(string role)
    {
        var ctx = new ComponentContext(fixture.App.Services)
            .Share<IDbContextFactory<SupervisionDbContext>>().Share<ReferenceData>().Share<RuleCatalogue>().Share<WarningFeed>().Share<WarningStore>()
            .Share<AuditLog>();
        ctx.Services.AddScoped<WarningQueries>();
        ctx.Services.AddScoped<WarningActions>();
        return ctx.SignIn($"test-{role}", role, withPolicies: true);
    }

    [Theory]
    [InlineData(Roles.Operator, true, false)]
    [InlineData(Roles.Supervisor, true, true)]
    [InlineData(Roles.Analyst, false, false)]
    public async Task The_grid_shows_level_chips_and_only_the_actions_the_role_may_take(string role, bool acknowledge, bool dismiss)
    {
        await fixture.RaiseAsync(level: WarningLevel.Red);
        await using var ctx = Context(role);

        var cut = ctx.Render<WarningTable>(p => p.Add(g => g.Filter, new WarningFilter(Text: WorkbenchApp.TestRule)));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=level-chip][data-level=Red]")), TimeSpan.FromSeconds(10));
        Assert.Contains("红色", cut.Find("[data-testid=level-chip][data-level=Red]").TextContent);
        Assert.Equal(acknowledge, cut.FindAll("[data-testid=action-acknowledge]").Count == 1);
        Assert.Equal(acknowledge, cut.FindAll("[data-testid=action-snooze]").Count == 1);
        Assert.Equal(dismiss, cut.FindAll("[data-testid=action-dismiss]").Count == 1);
        // The notice button is there for supervisors, disabled until warnings are selected.
        if (dismiss) Assert.True(cut.Find("[data-testid=action-notice]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Acknowledging_the_selection_from_the_grid_changes_the_selected_warnings()
    {
        var id = await fixture.RaiseAsync(level: WarningLevel.Yellow);
        await using var ctx = Context(Roles.Operator);
        var cut = ctx.Render<WarningTable>(p => p.Add(g => g.Filter, new WarningFilter(Text: WorkbenchApp.TestRule)));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=warning-link]")), TimeSpan.FromSeconds(10));

        // Tick the row's box, as a person would.
        cut.Find($"a[href='warnings/{id}']").Closest("tr")!.QuerySelector("input[type=checkbox]")!.Change(true);
        cut.WaitForAssertion(() => Assert.Contains("1", cut.Find("[data-testid=warning-actions]").TextContent));
        cut.Find("[data-testid=action-acknowledge]").Click();
        // The form opens once the click's handler has run, which a loaded machine may not have done yet.
        cut.WaitForElement("[data-testid=action-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=action-form]")), TimeSpan.FromSeconds(10));
        Assert.Equal(WarningStatus.Acknowledged, (await fixture.ReadAsync(id)).Status);
    }
}
