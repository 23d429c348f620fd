using Microsoft.Playwright;

namespace Supervision.Tests.Browser;

public class DrillDownInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_operator_filters_the_case_list_and_drills_into_a_case_its_agency_and_its_street()
    {
        var (page, errors) = await browser.SignInAsync("operator");
        await page.GotoAsync(browser.BaseUrl + "/cases");
        await BrowserFixture.WaitInteractiveAsync(page);
        var grid = page.GetByTestId("case-grid");
        await grid.Locator("tbody tr a").First.WaitForAsync();
        var allCases = await PagerTotalAsync(page);

        // Filtering by stage asks the server again: fewer cases, all at that stage.
        await page.GetByLabel("当前环节").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "告知", Exact = true }).ClickAsync();
        await Assertions.Expect(Caption(page)).Not.ToContainTextAsync($"共 {allCases:N0} 条", new() { Timeout = 10_000 });
        await Assertions.Expect(grid.Locator("tbody tr").First).ToContainTextAsync("告知");
        Assert.InRange(await PagerTotalAsync(page), 1, allCases - 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "cases-list.png") });

        await grid.Locator("tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync("**/cases/*");
        await page.GetByTestId("case-timeline").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("case-timeline")).ToContainTextAsync("时限 90 日");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "case-timeline.png"), FullPage = true });

        await page.GetByTestId("case-facts").Locator("a[href^='agencies/']").ClickAsync();
        await page.WaitForURLAsync("**/agencies/*");
        await page.GetByTestId("figure-inspections").WaitForAsync();
        await page.GetByTestId("inspection-grid").Locator("tbody tr a").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "agency-drilldown.png"), FullPage = true });

        await page.GetByTestId("inspection-grid").Locator("a[href^='streets/']").First.ClickAsync();
        await page.WaitForURLAsync("**/streets/*");
        await page.GetByTestId("street-name").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "辖区企业" }).ClickAsync();
        await page.GetByTestId("enterprise-grid").Locator("tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync("**/enterprises/*");
        await Assertions.Expect(page.GetByTestId("frequency").First).ToContainTextAsync("本年已检查");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "enterprise-drilldown.png"), FullPage = true });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    private static ILocator Caption(IPage page) => page.Locator(".mud-table-pagination-caption", new() { HasText = "共" }).First;

    /// <summary>The grid pager's "共 N 条".</summary>
    private static async Task<int> PagerTotalAsync(IPage page)
    {
        var caption = await Caption(page).InnerTextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(caption, @"共\s*([\d,]+)\s*条");
        Assert.True(match.Success, $"pager caption: {caption}");
        return int.Parse(match.Groups[1].Value.Replace(",", ""));
    }
}
