using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Supervision.Tests.Browser;

/// <summary>Issue 7's screens in a real browser: statistics to a downloaded workbook, and the notice and evaluation pages.</summary>
public class ReportsInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_analyst_exports_the_monthly_statistics_and_downloads_a_workbook_that_reads_back()
    {
        var (page, errors) = await browser.SignInAsync("analyst", width: 1600, height: 1000);
        await page.GotoAsync($"{browser.BaseUrl}/statistics");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("statistics-period")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "statistics.png"), FullPage = true });

        await page.GetByTestId("export-monthly").ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/exports");
        var link = page.GetByTestId("download").First;
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "exports.png"), FullPage = true });
        Assert.Matches(@"^月度统计_\d{4}-\d{2}\.xlsx$", (await link.InnerTextAsync()).Trim());

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = Path.Combine(BrowserFixture.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var workbook = new XLWorkbook(path);
        Assert.Contains("按单位", workbook.Worksheets.Select(w => w.Name));
        Assert.Contains("监督文书", workbook.Worksheets.Select(w => w.Name));
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_supervisor_opens_the_notices_and_the_evaluation_campaigns()
    {
        var (page, errors) = await browser.SignInAsync("supervisor", width: 1600, height: 1000);
        foreach (var (path, title, shot) in new[] { ("/notices", "监督文书", "notices.png"), ("/evaluations", "案卷评查", "evaluations.png") })
        {
            await page.GotoAsync(browser.BaseUrl + path);
            await BrowserFixture.WaitInteractiveAsync(page);
            await Assertions.Expect(page.GetByText(title, new() { Exact = true }).First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, shot), FullPage = true });
        }
        Assert.Empty(errors);
    }
}
