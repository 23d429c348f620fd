using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Calendar;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Shared;

namespace Supervision.Tests.Browser;

/// <summary>A red warning flashes on the wall until an operator acknowledges it in the workbench: two browsers, one app.</summary>
public class WallAlarmTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_red_warning_flashes_on_the_wall_until_an_operator_acknowledges_it()
    {
        // A red warning that arrived before the window (as after a new deployment's first sweep) is counted, not flashed.
        await using (var seed = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            var old = DateTime.UtcNow.AddMinutes(-new Supervision.Web.Features.Wall.WallOptions().AlarmMinutes - 1);
            var (warning, change) = Warning.Raise(new WarningFinding("wall-test", $"wall-test:{Guid.NewGuid():N}", WarningLevel.Red, 1, "测试旧红色预警", "",
                null, null, [], old), old);
            seed.Warnings.Add(warning);
            seed.WarningChanges.Add(change);
            await seed.SaveChangesAsync();
        }
        var (wall, errors) = await browser.SignInAsync("wallscreen", landing: "/wall", width: 1920, height: 1080);
        await Assertions.Expect(wall.GetByTestId("wall-connection")).ToHaveAttributeAsync("data-state", "connected");
        var summary = wall.GetByTestId("wall-alarm-summary");
        await Assertions.Expect(summary).ToContainTextAsync("红 1");
        await Assertions.Expect(wall.GetByTestId("wall-alarm")).ToHaveCountAsync(0);
        Assert.Equal("none", await summary.EvaluateAsync<string>("e => getComputedStyle(e).animationName"));

        // Forced demolition at 23:30 on a day off, no emergency: night and day off together are red (威海市《关于改进和加强行政执法工作的意见》 三(一)3).
        var calendar = browser.App.Services.GetRequiredService<ReferenceData>().Holidays;
        var day = ChinaTime.DayOf(DateTime.UtcNow).AddDays(-1);
        while (calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        var response = await PostMeasureAsync($"{day:yyyy-MM-dd}T23:30:00+08:00");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var alarm = wall.GetByTestId("wall-alarm");
        await Assertions.Expect(alarm).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Assertions.Expect(alarm).ToContainTextAsync("在夜间和节假日实施强制执行");
        // The alarm says with whom: an enterprise by its registered name (a natural person would be masked).
        Assert.Contains("济南大屏红色预警测试有限公司", await alarm.InnerTextAsync());
        Assert.Equal("running", await alarm.EvaluateAsync<string>("e => getComputedStyle(e).animationPlayState"));
        await wall.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "wall-red-alarm.png") });

        var warningId = int.Parse((await alarm.GetAttributeAsync("data-warning-id"))!);
        var (desk, _) = await browser.SignInAsync("operator", width: 1600, height: 1000);
        await desk.GotoAsync($"{browser.BaseUrl}/warnings/{warningId}");
        await BrowserFixture.WaitInteractiveAsync(desk);
        await desk.GetByTestId("action-acknowledge").ClickAsync();
        await desk.Locator("textarea[data-testid=form-note], input[data-testid=form-note], [data-testid=form-note] textarea, [data-testid=form-note] input")
            .First.FillAsync("已通知执法单位核查");
        await desk.GetByTestId("action-confirm").ClickAsync();

        // First the acknowledgement itself (a loaded CI machine may take a while over the desk's dialog), then the band.
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        await Wait.UntilAsync(async () => await db.Warnings.AsNoTracking().Where(w => w.Id == warningId).Select(w => w.Status).SingleAsync() == WarningStatus.Acknowledged,
            TimeSpan.FromSeconds(20), "the acknowledgement to be saved");
        await Assertions.Expect(alarm).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(summary).ToContainTextAsync("红 2");
        Assert.Empty(errors);
    }

    private async Task<HttpResponseMessage> PostMeasureAsync(string startedAt)
    {
        var key = (await browser.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "wall alarm test"))!;
        var body = $"8{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        var measure = new JsonObject
        {
            ["id"] = $"QZ-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = "济南大屏红色预警测试有限公司", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) },
            ["kind"] = "ForcedExecution",
            ["startedAt"] = startedAt,
            ["isEmergency"] = false,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
        };
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        return await client.PostAsync("/api/v1/measures", new StringContent(measure.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
    }
}
