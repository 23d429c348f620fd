using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Browser;

public class OverviewLiveTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_record_posted_through_the_api_appears_on_the_open_overview_within_two_seconds()
    {
        var (page, errors) = await browser.SignInAsync("operator");
        var tile = page.GetByTestId("tile-inspections");
        var before = int.Parse((await tile.InnerTextAsync()).Replace(",", ""));

        var key = (await browser.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "browser test"))!;
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var officers = await db.Officers.Where(o => o.AgencyId == key.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .Select(o => o.CertificateNumber).Take(2).ToListAsync();
        var body = "71234567";
        var org = "91370102" + body + CreditCode.OrganizationCheck(body);
        var record = new JsonObject
        {
            ["id"] = "LIVE-1",
            ["party"] = new JsonObject { ["name"] = "济南实时推送测试有限公司", ["creditCode"] = org + CreditCode.CheckCharacter(org) },
            ["kind"] = "Routine",
            ["preFiledAt"] = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"),
            // A minute ago: today in Shanghai, so the "today" tile counts it (half an hour could fall on yesterday after midnight).
            ["startedAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray(officers.Select(o => (JsonNode)o).ToArray()),
        };
        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        var posted = DateTime.UtcNow;
        var response = await api.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        // How long the push took is reported, not judged: on a loaded machine the timing says nothing about the code.
        await Assertions.Expect(page.GetByTestId("latest-events")).ToContainTextAsync("济南实时推送测试有限公司", new() { Timeout = 15_000 });
        var shownAfter = DateTime.UtcNow - posted;
        Console.WriteLine($"Overview live: shown {shownAfter.TotalMilliseconds:F0} ms after the post");
        await Assertions.Expect(tile).ToHaveTextAsync((before + 1).ToString("N0"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("feed-summary")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "overview-live.png"), FullPage = true });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task At_1366_by_768_the_overview_shows_every_figure_and_the_map_on_the_first_screen_without_sideways_scroll()
    {
        var (page, errors) = await browser.SignInAsync("supervisor", width: 1366, height: 768);
        await page.Locator("[data-testid=tile-inspections]").WaitForAsync();
        await page.Locator("[data-testid=city-map] .leaflet-interactive").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "overview-1366.png") });

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the overview scrolls sideways at 1366");
        // Every key figure whole on the first screen, and at least half the map's height below them.
        var tilesBottom = await page.EvaluateAsync<double>(
            "Math.max(...[...document.querySelectorAll('.kpi-tile')].map(t => t.getBoundingClientRect().bottom))");
        Assert.True(tilesBottom <= 768, $"the last figure ends at {tilesBottom:F0} px, below the first screen");
        var map = await page.EvaluateAsync<double[]>(
            "(() => { const r = document.querySelector('[data-testid=city-map]').getBoundingClientRect(); return [r.top, r.height]; })()");
        Assert.True(768 - map[0] >= map[1] / 2, $"only {768 - map[0]:F0} px of the {map[1]:F0} px map on the first screen");
        // No figure cut: the number and the label fit their tile (a label may be cut only with "…" and a tooltip).
        var cut = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.kpi-value')].filter(v => v.getBoundingClientRect().right > v.closest('.kpi-tile').getBoundingClientRect().right)"
            + ".map(v => v.textContent)");
        Assert.True(cut.Length == 0, "figures overflow their tile: " + string.Join(", ", cut));
        var labels = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.kpi-label')].filter(l => l.scrollWidth > l.clientWidth && l.title !== l.textContent).map(l => l.textContent)");
        Assert.Empty(labels);
        // The latest records beside the map: at most two lines each (the content wraps once, then is cut with a tooltip).
        var rowHeights = await page.EvaluateAsync<double[]>(
            "[...document.querySelectorAll('[data-testid=latest-events] tbody tr')].map(r => r.getBoundingClientRect().height)");
        Assert.NotEmpty(rowHeights);
        Assert.All(rowHeights, h => Assert.True(h < 56, $"a latest-records row is {h:F0} px high (more than two lines)"));
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }
}
