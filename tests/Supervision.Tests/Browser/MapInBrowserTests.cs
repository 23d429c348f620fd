using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Browser;

public class MapInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_map_draws_every_street_shows_its_figures_and_pulses_where_a_new_record_happened()
    {
        var (page, errors) = await browser.SignInAsync("operator");
        await page.GetByRole(AriaRole.Link, new() { Name = "城市地图" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/map");

        // Leaflet draws each street boundary as an SVG path in its overlay pane.
        var streets = page.Locator("[data-testid=city-map] .leaflet-overlay-pane path.leaflet-interactive");
        await Assertions.Expect(streets).ToHaveCountAsync(161, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("活动");
        await Assertions.Expect(page.GetByTestId("map-summary")).ToContainTextAsync("今天");
        // The demo city's records are in office hours: the last 7 days have some whenever the test runs.
        await page.GetByTestId("map-window").GetByText("最近7天").ClickAsync();
        await Assertions.Expect(page.GetByTestId("map-summary")).ToContainTextAsync("最近7天");
        // Streets with records in the window are filled from the colour scale, not all left empty.
        var filled = await streets.EvaluateAllAsync<int>("ps => ps.filter(p => p.getAttribute('fill') !== '#e3e9ef').length");
        Assert.True(filled > 0, "no street is coloured");
        // The ranking beside it is an ECharts chart drawn on a canvas.
        await Assertions.Expect(page.Locator("[data-testid=street-ranking] canvas")).ToHaveCountAsync(1);

        var key = (await browser.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "map browser test"))!;
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var officers = await db.Officers.Where(o => o.AgencyId == key.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .Select(o => o.CertificateNumber).Take(2).ToListAsync();
        var body = "81234567";
        var org = "91370102" + body + CreditCode.OrganizationCheck(body);
        var record = new JsonObject
        {
            ["id"] = "MAP-1",
            ["party"] = new JsonObject { ["name"] = "济南地图闪现测试有限公司", ["creditCode"] = org + CreditCode.CheckCharacter(org) },
            ["kind"] = "Routine",
            ["preFiledAt"] = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"),
            ["startedAt"] = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O"),
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray(officers.Select(o => (JsonNode)o).ToArray()),
        };
        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        var response = await api.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var pulse = page.Locator("[data-testid=city-map] .map-pulse.map-pulse-inspection");
        await Assertions.Expect(pulse).ToHaveCountAsync(1, new() { Timeout = 5_000 });

        // Hovering a street shows its name and figures.
        var box = (await page.GetByTestId("city-map").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        var tip = page.Locator(".city-map-tip");
        await Assertions.Expect(tip).ToContainTextAsync("行政检查", new() { Timeout = 3_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "map.png") });

        // The warning colouring and a click into the street's drill-down.
        await page.GetByTestId("map-metric").GetByText("预警").ClickAsync();
        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("预警");
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/streets/[0-9]{9}$"), new() { Timeout = 5_000 });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task A_bar_of_the_street_ranking_opens_that_street()
    {
        var (page, errors) = await browser.SignInAsync("operator");
        await page.GotoAsync(browser.BaseUrl + "/map");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("map-window").GetByText("最近7天").ClickAsync();
        await Assertions.Expect(page.GetByTestId("map-summary")).ToContainTextAsync("最近7天");
        var chart = page.Locator("[data-testid=street-ranking] canvas");
        await Assertions.Expect(chart).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        // The busiest street's bar is the top one and the longest: click into its left part. ECharts animates its bars in,
        // so a click can land before the bar is there: click again until the street opens (a bounded wait, no fixed sleep).
        var box = (await chart.BoundingBoxAsync())!;
        var street = new System.Text.RegularExpressions.Regex("/streets/[0-9]{9}$");
        await Wait.UntilAsync(async () =>
        {
            if (street.IsMatch(page.Url)) return true;
            // The grid starts 56 px down (title and series legend above it) and ends 8 px up: ten bands, the top one's middle.
            await page.Mouse.ClickAsync(box.X + box.Width * 0.6f, box.Y + 56 + (box.Height - 64) / 20);
            try
            {
                await page.WaitForURLAsync(street, new() { Timeout = 1_000 });
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20), "a click on the top bar to open its street");
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task A_day_replays_on_the_map_with_its_clock()
    {
        var (page, errors) = await browser.SignInAsync("operator");
        await page.GotoAsync(browser.BaseUrl + "/map");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=city-map] path.leaflet-interactive")).ToHaveCountAsync(161, new() { Timeout = 30_000 });
        await page.GetByTestId("replay-play").ClickAsync();
        var clock = page.GetByTestId("replay-clock");
        await Assertions.Expect(clock).ToBeVisibleAsync();
        var first = await clock.InnerTextAsync();
        await Assertions.Expect(page.Locator("[data-testid=city-map] .map-pulse").First).ToBeAttachedAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 3_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "map-replay.png") });
        await page.GetByTestId("replay-pause").ClickAsync();
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }
}
