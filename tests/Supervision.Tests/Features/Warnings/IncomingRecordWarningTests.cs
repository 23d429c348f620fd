using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.LiveStream;

namespace Supervision.Tests.Features.Warnings;

/// <summary>A record arriving through the API is evaluated at once: its warning reaches a hub client within seconds.</summary>
public class IncomingRecordWarningTests
{
    [Fact]
    public async Task A_night_execution_posted_through_the_api_raises_its_warning_on_the_hub_within_seconds()
    {
        using var file = new TempDatabase();
        // The app's clock: "yesterday" below is the day before the app's today, whenever the test runs.
        var clock = TestClock.AwayFromMidnight();
        await using var app = new SupervisionApp(file.Path) { Clock = clock };
        app.CreateClient();
        var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "test"))!;
        var cookie = await app.SignInCookieAsync("operator");
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, ActivityHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        var arrived = new TaskCompletionSource<WarningNews>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<WarningNews>(nameof(IActivityClient.Warning), n =>
        {
            if (n.RuleCode == NightHolidayExecutionRule.RuleCode) arrived.TrySetResult(n);
        });
        await hub.StartAsync();

        // A working day's night: orange (on a day off it would be red, night and day off together).
        var calendar = app.Services.GetRequiredService<Supervision.Web.Shared.ReferenceData>().Holidays;
        var yesterday = clock.Today().AddDays(-1);
        while (!calendar.IsWorkingDay(yesterday) || !calendar.IsWorkingDay(yesterday.AddDays(1))) yesterday = yesterday.AddDays(-1);
        var body = $"8{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        var measure = new JsonObject
        {
            ["id"] = $"QZ-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = "济南夜间强拆测试有限公司", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) },
            ["kind"] = "ForcedDemolition",
            ["startedAt"] = $"{yesterday:yyyy-MM-dd}T23:30:00+08:00",
            ["isEmergency"] = false,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
        };
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        var response = await client.PostAsync("/api/v1/measures", new StringContent(measure.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        // Raised by the record's own evaluation job, not a later sweep (those are off in tests): the wait's bound only guards
        // against a hang.
        var news = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(WarningChangeKind.Raised, news.Change);
        Assert.Equal(WarningLevel.Orange, news.Level);
        // Named as people know it: the enterprise, the kind of measure, the agency's own record number.
        Assert.Contains("济南夜间强拆测试有限公司的强制拆除（记录号" + (string)measure["id"]! + "）", news.Detail);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var id = await db.CompulsoryMeasures.Where(m => m.ExternalId == (string)measure["id"]!).Select(m => m.Id).SingleAsync();
        var warning = await db.Warnings.Include(w => w.Links).SingleAsync(w => w.Id == news.WarningId);
        Assert.Equal($"{NightHolidayExecutionRule.RuleCode}:measure:{id}", warning.SubjectKey);
        Assert.Contains(warning.Links, l => l.Kind == RecordKind.CompulsoryMeasure && l.RecordId == id);
    }
}
