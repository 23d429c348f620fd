using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Browser;

/// <summary>The workbench in a real browser, after a sweep of the demo city: filter by level, select, acknowledge.</summary>
public class WarningsInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_operator_filters_red_warnings_selects_two_and_acknowledges_them_at_once()
    {
        await browser.App.Services.GetRequiredService<WarningEngine>().SweepAllAsync();
        var (page, errors) = await browser.SignInAsync("operator", width: 1600, height: 1000);
        await page.GotoAsync($"{browser.BaseUrl}/warnings?level=Red");
        await BrowserFixture.WaitInteractiveAsync(page);

        var rows = page.GetByTestId("warning-grid").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "warnings-workbench.png"), FullPage = true });
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var openRed = await db.Warnings.CountAsync(w => w.Level == WarningLevel.Red && w.Status == WarningStatus.Open);
        Assert.True(openRed >= 2, $"only {openRed} open red warnings in the demo city");

        var links = page.GetByTestId("warning-link");
        var titles = new[] { await links.Nth(0).InnerTextAsync(), await links.Nth(1).InnerTextAsync() };
        await rows.Nth(0).Locator("input[type=checkbox]").CheckAsync();
        await rows.Nth(1).Locator("input[type=checkbox]").CheckAsync();
        await page.GetByTestId("action-acknowledge").ClickAsync();
        await page.Locator("textarea[data-testid=form-note], input[data-testid=form-note], [data-testid=form-note] textarea, [data-testid=form-note] input").First
            .FillAsync("值班员已电话通知执法单位");
        await page.GetByTestId("action-confirm").ClickAsync();

        // Acknowledged warnings stay active (counted, listed after the open ones) with their new status.
        await Wait.UntilAsync(async () => await db.Warnings.CountAsync(w => w.Status == WarningStatus.Acknowledged) >= 2, TimeSpan.FromSeconds(15),
            "the two acknowledgements to be saved");
        Assert.Equal(2, await db.Warnings.CountAsync(w => w.Status == WarningStatus.Acknowledged && w.HandlingNote == "值班员已电话通知执法单位"));
        await Assertions.Expect(page.GetByTestId("count-Red")).ToContainTextAsync(openRed.ToString());
        Assert.Equal(openRed - 2, await db.Warnings.CountAsync(w => w.Level == WarningLevel.Red && w.Status == WarningStatus.Open));
        Assert.All(titles, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task An_admin_sees_every_rule_in_the_settings_editor()
    {
        var (page, errors) = await browser.SignInAsync("admin", width: 1600, height: 1000);
        await page.GotoAsync($"{browser.BaseUrl}/warnings/settings");
        await BrowserFixture.WaitInteractiveAsync(page);
        foreach (var rule in browser.App.Services.GetRequiredService<RuleCatalogue>().All)
            await Assertions.Expect(page.GetByText(rule.Name, new() { Exact = true }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "warning-settings.png"), FullPage = false });
        Assert.Empty(errors);
    }
}
