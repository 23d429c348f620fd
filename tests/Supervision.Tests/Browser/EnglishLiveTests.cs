using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared;

namespace Supervision.Tests.Browser;

/// <summary>
/// A reader who chose English keeps English while live updates arrive: the overview, the map, the wall and the warnings
/// list re-render on records posted through the API and on warnings published from a worker thread, and what they
/// re-render is in the reader's language, not the publisher's.
/// </summary>
public class EnglishLiveTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string UserName = "english-live";

    private async Task EnglishOperatorAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        if (await users.FindByNameAsync(UserName) is not null) return;
        var user = new SupervisionUser { UserName = UserName, DisplayName = UserName, Language = "en", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, AccountSetup.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Operator)).Succeeded);
    }

    /// <summary>A yellow warning stored, and its news published as the warning jobs do: from a thread of their own.</summary>
    private async Task RaiseWarningAsync(int agencyId)
    {
        var key = $"english-live-test:{Guid.NewGuid():N}";
        var finding = new WarningFinding("english-live-test", key, WarningLevel.Yellow, 9, $"测试预警 {key[^6..]}", "测试详情", agencyId, null,
            [new RecordRef(RecordKind.Inspection, [1])], DateTime.UtcNow);
        var (warning, change) = Warning.Raise(finding, DateTime.UtcNow);
        await using (var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            db.Warnings.Add(warning);
            db.WarningChanges.Add(change);
            await db.SaveChangesAsync();
        }
        await Task.Run(() => browser.App.Services.GetRequiredService<WarningFeed>().Publish([
            new WarningNews(warning.Id, "english-live-test", "测试规则", WarningChangeKind.Raised, WarningLevel.Yellow, WarningStatus.Open,
                warning.Title, "", agencyId, null, DateTime.UtcNow, null)]));
    }

    /// <summary>Visible text nodes with CJK characters outside data: table bodies, record lists, chart and map internals, [data-record].</summary>
    private const string ChineseInterfaceText = """
        () => {
          const data = 'tbody, [data-record], [lang^=zh], .leaflet-container, canvas, .wall-events, .wall-escalations, [data-testid=latest-events], .mud-snackbar';
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const t = n.textContent.trim();
            if (!t || !/[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/.test(t)) continue;
            const el = n.parentElement;
            if (!el || el.closest(data)) continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], dialog:not([open]), script, style, template')) continue;
            out.push(t.slice(0, 60));
          }
          return out;
        }
        """;

    [BrowserFact]
    public async Task English_stays_English_on_the_live_pages_while_updates_arrive()
    {
        await EnglishOperatorAsync();
        var agency = browser.App.Services.GetRequiredService<ReferenceData>().Agencies.First(a => a.Code == "370102-SCJG").Id;
        var (overview, errors) = await browser.SignInAsync(UserName, width: 1600, height: 900);
        var pages = new Dictionary<string, IPage> { ["/"] = overview };
        foreach (var path in new[] { "/map", "/wall", "/warnings" })
        {
            var page = await overview.Context.NewPageAsync();
            await page.GotoAsync(browser.BaseUrl + path);
            await BrowserFixture.WaitInteractiveAsync(page);
            pages[path] = page;
        }
        // What each page re-renders on a live update, and must keep in English.
        var live = new Dictionary<string, ILocator>
        {
            ["/"] = pages["/"].GetByTestId("refreshed"),
            ["/map"] = pages["/map"].GetByTestId("map-summary"),
            ["/wall"] = pages["/wall"].GetByTestId("wall-freshness"),
            ["/warnings"] = pages["/warnings"].GetByTestId("level-counts"),
        };
        var seen = new Dictionary<string, HashSet<string>>();
        foreach (var (path, locator) in live) seen[path] = [await locator.InnerTextAsync()];

        // Records and warnings keep arriving until every page has shown two live refreshes (bounded: 40 s).
        var round = 0;
        await Wait.UntilAsync(async () =>
        {
            round++;
            var posted = await WallScreenTests.PostInspectionAsync(browser, $"EN-LIVE-{round}", $"济南英文界面测试有限公司{round}");
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
            await RaiseWarningAsync(agency);
            foreach (var (path, locator) in live) seen[path].Add(await locator.InnerTextAsync());
            return seen.Values.All(texts => texts.Count >= 3);
        }, TimeSpan.FromSeconds(40), "two live refreshes on each page");

        Assert.All(seen["/"], t => Assert.StartsWith("Figures as of", t));
        Assert.All(seen["/map"], t => Assert.Contains("inspections", t));
        Assert.All(seen["/wall"], t => Assert.StartsWith("As of", t));
        Assert.All(seen["/warnings"], t => Assert.Contains("Yellow", t));
        await Assertions.Expect(pages["/wall"].GetByTestId("wall-connection")).ToHaveTextAsync("Connected");
        await Assertions.Expect(pages["/wall"].GetByTestId("wall-panel-name"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Today|Sectors and lists|Warnings|Latest records|Escalated notices)$"));
        // No Chinese interface text at all: what remains in Chinese is data (names, numbers, titles of warnings and records),
        // which the pages mark with data-record or keep in table bodies, lists of records and the map (the language switch
        // offers 中文 in its own script, marked lang=zh-CN).
        var leftovers = new List<string>();
        foreach (var path in new[] { "/cases", "/agencies", "/enterprises" })
        {
            var page = await overview.Context.NewPageAsync();
            await page.GotoAsync(browser.BaseUrl + path);
            await BrowserFixture.WaitInteractiveAsync(page);
            pages[path] = page;
        }
        foreach (var (path, page) in pages)
        {
            var chineseUi = await page.EvaluateAsync<string[]>(ChineseInterfaceText);
            leftovers.AddRange(chineseUi.Select(t => $"{path}: {t}"));
        }
        Assert.True(leftovers.Count == 0, "Chinese interface text in English mode: " + string.Join(" | ", leftovers.Distinct().Take(40)));
        foreach (var (path, page) in pages)
        {
            var text = await page.Locator("body").InnerTextAsync();
            foreach (var chinese in new[] { "数据更新于", "执法总览", "城市地图", "预警处置", "今日态势", "已连接", "黄色" })
                Assert.False(text.Contains(chinese), $"{path} shows {chinese} after live updates");
        }
        Assert.Empty(errors);
    }
}
