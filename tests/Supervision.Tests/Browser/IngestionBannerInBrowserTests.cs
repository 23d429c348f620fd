using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Browser;

/// <summary>
/// The operators' banner (issue 19, item 10) in a real browser: it comes up live on the overview and the wall when a
/// health check fails or batches are refused, and after switching to English it stays English through live updates.
/// </summary>
public class IngestionBannerInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_banner_comes_up_live_on_the_overview_and_the_wall_in_the_readers_language()
    {
        var status = browser.App.Services.GetRequiredService<IngestionStatus>();
        var (page, errors) = await browser.SignInAsync("operator", width: 1600, height: 1000);
        var banner = page.GetByTestId("ingestion-banner");
        await Assertions.Expect(page.GetByTestId("refreshed")).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToHaveCountAsync(0);

        status.Checked(["disk"]);
        await Assertions.Expect(banner).ToContainTextAsync("系统自检未通过：数据磁盘剩余空间不足。");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "overview-ingestion-banner.png") });

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Health check failing: the data disk is nearly full.");
        status.Refused();
        await Assertions.Expect(banner).ToContainTextAsync("Ingestion blocked: 1 batches refused in the last 10 minutes");
        await Assertions.Expect(banner).Not.ToContainTextAsync("数据");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "overview-ingestion-banner-en.png") });

        var (wall, wallErrors) = await browser.SignInAsync("wallscreen", landing: "/wall", width: 1920, height: 1080);
        await wall.GotoAsync(browser.BaseUrl + "/wall");
        await Assertions.Expect(wall.GetByTestId("ingestion-banner")).ToContainTextAsync("数据接入受阻");
        await wall.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "wall-ingestion-banner.png") });

        status.Checked([]);
        await Assertions.Expect(banner).Not.ToContainTextAsync("Health check failing");
        Assert.Empty(errors);
        Assert.Empty(wallErrors);
    }
}
