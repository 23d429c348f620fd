using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Browser;

public class WallScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Every panel in the rotation has something to show on the demo city, at both wall resolutions, without scrolling.</summary>
    [BrowserFact]
    public async Task No_panel_in_the_rotation_is_empty_at_1080p_or_4k()
    {
        // The demo city as deployed: swept by the warning rules.
        await browser.App.Services.GetRequiredService<Supervision.Web.Features.Warnings.WarningEngine>().SweepAllAsync();
        foreach (var (width, height) in new[] { (1920, 1080), (3840, 2160) })
        {
            var (page, errors) = await browser.SignInAsync("wallscreen", landing: "/wall", width: width, height: height);
            var dots = await page.Locator(".wall-dot").AllInnerTextsAsync();
            foreach (var (panel, testId) in new[] { ("today", "wall-inspections"), ("breakdown", "wall-breakdown"), ("warnings", "wall-warning-rule"),
                         ("events", "wall-events"), ("escalations", "wall-escalations") })
            {
                if (panel == "escalations" && dots.Count == 4) continue;
                await page.GotoAsync($"{browser.BaseUrl}/wall?panel={panel}");
                await BrowserFixture.WaitInteractiveAsync(page);
                await Assertions.Expect(page.Locator($"main[data-panel={panel}]")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByTestId(testId).First).ToBeVisibleAsync();
                // Before the day's first record (the small hours) the breakdown still shows the month's trend and the lists.
                if (panel == "breakdown") await Assertions.Expect(page.Locator(".wall-trend > span")).ToHaveCountAsync(30);
                if (panel != "events") await Assertions.Expect(page.GetByTestId("wall-ticker").Locator(".wall-ticker-item").First).ToBeVisibleAsync();
                if (panel == "today") await ExpectWallMapAsync(page, height);
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth && document.documentElement.scrollHeight <= innerHeight"),
                    $"{panel} scrolls at {width}x{height}");
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"wall-{panel}-{width}x{height}.png") });
            }
            // 层级督办 is in the rotation exactly when there is an escalated notice to show.
            Assert.Contains(dots.Count, new[] { 4, 5 });
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// The wall's map drawn whole before its picture is taken: every street, the fifteen districts' outlines and names
    /// over them, and legend and names sized by the screen's height (1080 and 2160 alike, not 16 px on both).
    /// </summary>
    private static async Task ExpectWallMapAsync(IPage page, int height)
    {
        var map = page.GetByTestId("city-map");
        await Assertions.Expect(map.Locator(".leaflet-overlay-pane path.leaflet-interactive")).ToHaveCountAsync(161, new() { Timeout = 30_000 });
        await Assertions.Expect(map.Locator(".leaflet-districts-pane path")).ToHaveCountAsync(15);
        await Assertions.Expect(map.Locator(".city-map-district-name")).ToHaveCountAsync(15);
        await Assertions.Expect(map.Locator(".city-map-district-name", new() { HasText = "商河县" })).ToBeVisibleAsync();
        // Names as people say them (高新区, not 济南高新技术产业开发区), and none written over another: where two would
        // overlap, the smaller district's waits for a closer zoom.
        var names = await map.Locator(".city-map-district-name").AllTextContentsAsync();
        Assert.Contains("高新区", names);
        Assert.DoesNotContain(names, n => n.StartsWith("济南", StringComparison.Ordinal));
        var shown = await page.EvaluateAsync<int[]>("""
            (() => {
              const shown = [...document.querySelectorAll('.city-map-district-name')].filter(e => getComputedStyle(e).visibility !== 'hidden')
                .map(e => e.getBoundingClientRect());
              return [shown.length,
                shown.filter((a, i) => shown.some((b, j) => j > i && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top)).length];
            })()
            """);
        Assert.True(shown[0] >= 8, $"only {shown[0]} of 15 district names shown");
        Assert.Equal(0, shown[1]);
        var order = await page.EvaluateAsync<int[]>(
            "['overlay', 'districts', 'districtNames', 'marker'].map(p => +getComputedStyle(document.querySelector(`.leaflet-${p}-pane`)).zIndex)");
        Assert.True(order.SequenceEqual(order.Order()) && order.Distinct().Count() == 4, "panes from streets up: " + string.Join(", ", order));
        var legend = await map.GetByTestId("map-legend").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.InRange(legend, height * 0.015, height * 0.017);
        var name = await map.Locator(".city-map-district-name").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.InRange(name, height * 0.014, height * 0.016);
    }

    [BrowserFact]
    public async Task The_wall_device_lands_on_the_wall_and_sees_a_new_record_within_two_seconds()
    {
        var (page, errors) = await browser.SignInAsync("wallscreen", landing: "/wall", width: 1920, height: 1080);
        var connection = page.GetByTestId("wall-connection");
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(connection).ToContainTextAsync("已连接");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('wall-mode')");
        // No scrollbars at 1920×1080 (waited for rather than sampled once: the head's styles settle after going live).
        await page.WaitForFunctionAsync("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth",
            null, new() { Timeout = 10_000 });

        var tile = page.GetByTestId("wall-inspections");
        var before = int.Parse((await tile.InnerTextAsync()).Replace(",", ""));
        var response = await PostInspectionAsync(browser, "WALL-1", "济南大屏推送测试有限公司");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await Assertions.Expect(tile).ToHaveTextAsync((before + 1).ToString("N0"), new() { Timeout = 2_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "wall-1920x1080.png") });

        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task The_wall_fits_a_4k_screen_without_scrolling()
    {
        var (page, _) = await browser.SignInAsync("wallscreen", landing: "/wall", width: 3840, height: 2160);
        await Assertions.Expect(page.GetByTestId("wall-tiles")).ToBeVisibleAsync();
        // Measured once the page is live and its wall styles are in force: the prerendered HTML is shown before that,
        // and a one-shot measurement could catch the moment the head is re-rendered.
        await Assertions.Expect(page.GetByTestId("wall-connection")).ToHaveAttributeAsync("data-state", "connected");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('wall-mode')");
        await page.WaitForFunctionAsync("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth",
            null, new() { Timeout = 10_000 });
        // Legible across a room: the figures are at least 5% of the screen's height.
        var height = await page.GetByTestId("wall-inspections").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height >= 2160 * 0.05, $"figures are {height}px high");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "wall-3840x2160.png") });
    }

    [BrowserFact]
    public async Task The_overview_renders_its_filters_tiles_and_latest_records()
    {
        var (page, errors) = await browser.SignInAsync("operator", width: 1920, height: 1080);
        await Assertions.Expect(page.GetByTestId("overview-tiles")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("latest-events").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "overview.png"), FullPage = true });
        Assert.Empty(errors);
    }

    internal static async Task<HttpResponseMessage> PostInspectionAsync(BrowserFixture browser, string id, string company)
    {
        var key = (await browser.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", $"wall test {id}"))!;
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var officers = await db.Officers.Where(o => o.AgencyId == key.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .Select(o => o.CertificateNumber).Take(2).ToListAsync();
        var body = $"7{Math.Abs(id.GetHashCode()) % 10_000_000:D7}";
        var org = "91370102" + body + CreditCode.OrganizationCheck(body);
        var record = new JsonObject
        {
            ["id"] = id,
            ["party"] = new JsonObject { ["name"] = company, ["creditCode"] = org + CreditCode.CheckCharacter(org) },
            ["kind"] = "Routine",
            ["preFiledAt"] = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"),
            ["startedAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray(officers.Select(o => (JsonNode)o).ToArray()),
        };
        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        return await api.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
    }
}

/// <summary>Runs alone, after the parallel tests: cutting a live connection and watching it come back is about timing,
/// which a machine busy with other tests' browsers distorts.</summary>
[CollectionDefinition(nameof(WallReconnectTests), DisableParallelization = true)]
public sealed class WallReconnectCollection;

[Collection(nameof(WallReconnectTests))]
public class WallReconnectTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_wall_shows_a_lost_connection_and_reconnects_by_itself()
    {
        var (page, errors) = await browser.SignInAsync("wallscreen", landing: "/wall", width: 1920, height: 1080);
        var connection = page.GetByTestId("wall-connection");
        var tile = page.GetByTestId("wall-inspections");
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-state", "connected");
        var before = int.Parse((await tile.InnerTextAsync()).Replace(",", ""));
        // Until the network goes, the page has nothing to complain about (afterwards, failed reconnection attempts do).
        Assert.Empty(errors);

        // The network goes: the screen says so at once, then comes back by itself, with nobody pressing anything.
        // The line is cut in the browser's network layer, whatever transport the circuit uses: its WebSockets are routed
        // through Playwright (closed as a dropped server would), and its HTTP requests (negotiation, long polling) fail
        // while the line is down. Offline emulation alone leaves an open WebSocket standing.
        var sockets = new System.Collections.Concurrent.ConcurrentBag<IWebSocketRoute>();
        var cut = false;
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_blazor"), ws =>
        {
            if (Volatile.Read(ref cut)) { _ = ws.CloseAsync(new() { Code = 4000, Reason = "line cut" }); return; }
            ws.ConnectToServer();
            sockets.Add(ws);
        });
        await page.RouteAsync(new System.Text.RegularExpressions.Regex("/_blazor"), route =>
            Volatile.Read(ref cut) ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());
        await page.ReloadAsync();
        await BrowserFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-state", "connected");
        // The indicator's script is loaded after the first interactive render; cutting the line before it listens
        // would test nothing (and on a busy machine that gap is long).
        await page.WaitForFunctionAsync("() => document.body.classList.contains('wall-mode')");
        Volatile.Write(ref cut, true);
        await page.Context.SetOfflineAsync(true);
        foreach (var ws in sockets) await ws.CloseAsync(new() { Code = 4000, Reason = "line cut" });
        await Assertions.Expect(connection).Not.ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        await ShowsTheDataAgeWhileTheServerIsGoneAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "wall-disconnected.png") });
        Volatile.Write(ref cut, false);
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 60_000 });
        // Back with the server: its own clock and labels again, the script's gone.
        await Assertions.Expect(page.GetByTestId("wall-clock")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("wall-clock-offline")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("wall-freshness-age")).ToBeEmptyAsync();
        var again = await WallScreenTests.PostInspectionAsync(browser, "WALL-2", "济南大屏重连测试有限公司");
        Assert.True(again.IsSuccessStatusCode);
        await Assertions.Expect(tile).ToHaveTextAsync((before + 1).ToString("N0"), new() { Timeout = 5_000 });
    }

    /// <summary>
    /// Nothing re-renders while the server is gone, so the page's script runs the clock on and shows how old the figures
    /// are, amber after the configured threshold (120 s) and red after the larger one (600 s). The figures' time is moved
    /// back in the page to reach the thresholds without waiting minutes.
    /// </summary>
    private static async Task ShowsTheDataAgeWhileTheServerIsGoneAsync(IPage page)
    {
        var clock = page.GetByTestId("wall-clock-offline");
        var age = page.GetByTestId("wall-freshness-age");
        var freshness = page.GetByTestId("wall-freshness");
        await Assertions.Expect(clock).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("wall-clock")).ToBeHiddenAsync();
        await Assertions.Expect(clock).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"));
        var first = await clock.InnerTextAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 5_000 });
        await Assertions.Expect(age).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^（已 \d+ 秒未更新）$"));
        Assert.Null(await freshness.GetAttributeAsync("data-age"));

        await freshness.EvaluateAsync("e => e.dataset.at = String(Number(e.dataset.now) - 200_000)");
        await Assertions.Expect(freshness).ToHaveAttributeAsync("data-age", "amber");
        await Assertions.Expect(clock).ToHaveAttributeAsync("data-age", "amber");
        await Assertions.Expect(age).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^（已 3 分 \d+ 秒未更新）$"));
        await freshness.EvaluateAsync("e => e.dataset.at = String(Number(e.dataset.now) - 700_000)");
        await Assertions.Expect(freshness).ToHaveAttributeAsync("data-age", "red");
        await Assertions.Expect(clock).ToHaveAttributeAsync("data-age", "red");
    }
}
