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
        await page.GotoAsync($"{browser.BaseUrl}/warnings?level=Red&view=each");
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
    public async Task Back_from_a_warning_returns_to_the_same_filtered_list_and_the_address_can_be_shared()
    {
        await browser.App.Services.GetRequiredService<WarningEngine>().SweepAllAsync();
        var (page, errors) = await browser.SignInAsync("supervisor", width: 1366, height: 768);
        await page.GotoAsync($"{browser.BaseUrl}/warnings");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("warning-group").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "warnings-folded-1366.png") });

        // Narrow to red, one by one, sorted by severity.
        await ClickUntilAddressAsync(page, page.GetByTestId("count-Red"), "level=Red");
        await ClickUntilAddressAsync(page, page.GetByText("逐条", new() { Exact = true }), "view=each");
        await ClickUntilAddressAsync(page, page.GetByTestId("sort-Severity"), "sort=Severity");
        var filtered = page.Url;
        var rows = page.GetByTestId("warning-grid").Locator("tbody tr[data-id]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.Equal(await rows.CountAsync(), await page.GetByTestId("warning-grid").Locator("[data-testid=level-chip][data-level=Red]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "warnings-each-1366.png") });
        // One line per row at 1366 wide, and no sideways scrolling of the page.
        var heights = await rows.EvaluateAllAsync<double[]>("rs => rs.map(r => r.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.InRange(h, 20, 48));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the workbench scrolls sideways at 1366");

        var first = await rows.First.GetAttributeAsync("data-id");
        await rows.First.GetByTestId("warning-link").ClickAsync();
        await page.WaitForURLAsync($"**/warnings/{first}");
        await Assertions.Expect(page.GetByTestId("warning-facts")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await page.WaitForURLAsync(filtered);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-id", first!);

        // The same address in a fresh tab brings the same list.
        var (shared, _) = await browser.SignInAsync("operator", width: 1366, height: 768);
        await shared.GotoAsync(filtered);
        await Assertions.Expect(shared.GetByTestId("warning-grid").Locator("tbody tr[data-id]").First).ToHaveAttributeAsync("data-id", first!);
        Assert.Empty(errors);
    }

    /// <summary>
    /// Clicks a control until the address shows its effect (three tries). In one loop run out of about fifteen, under a
    /// machine load of 10, a click on 逐条 right after the level filter's navigation changed nothing for 30 s; the
    /// cause is not found (see docs/testing.md "Lost clicks"). A click that never takes still fails here.
    /// </summary>
    private static async Task ClickUntilAddressAsync(IPage page, ILocator control, string part)
    {
        for (var attempt = 1; ; attempt++)
        {
            await control.ClickAsync();
            try
            {
                await page.WaitForURLAsync(u => u.Contains(part, StringComparison.Ordinal), new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                Console.WriteLine($"Workbench: a click for {part} changed nothing in 10 s; clicking again (attempt {attempt + 1})");
            }
        }
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
