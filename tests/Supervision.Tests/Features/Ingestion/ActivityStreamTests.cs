using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.LiveStream;

namespace Supervision.Tests.Features.Ingestion;

public class ActivityStreamTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private async Task<HubConnection> ConnectAsync(string userName)
    {
        var cookie = await api.App.SignInCookieAsync(userName);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.App.Server.BaseAddress, ActivityHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => api.App.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private async Task<int> PostInspectionAsync(string? agencyKey = null, string? agencyCode = null, string[]? officers = null)
    {
        var n = Random.Shared.Next(1_000_000, 9_999_999);
        var body = $"6{n}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        var record = new JsonObject
        {
            ["id"] = $"S-{Guid.NewGuid():N}",
            ["agencyCode"] = agencyCode,
            ["party"] = new JsonObject { ["name"] = "济南推送测试商贸有限公司", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) },
            ["kind"] = "DoubleRandom",
            ["preFiledAt"] = "2026-11-22T08:00:00+08:00",
            ["startedAt"] = "2026-11-22T09:00:00+08:00",
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray((officers ?? api.Officers).Select(o => (JsonNode)o!).ToArray()),
        };
        var response = await api.Client(agencyKey).PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (int)(await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonObject>(response.Content))!["recordId"]!;
    }

    [Fact]
    public async Task A_signed_in_client_receives_the_event_of_a_record_just_posted()
    {
        await using var connection = await ConnectAsync("operator");
        // Every event is kept: the record's own can arrive before the POST's response gives its id.
        var events = System.Threading.Channels.Channel.CreateUnbounded<ActivityEvent>();
        connection.On<ActivityEvent>(nameof(IActivityClient.Activity), e => events.Writer.TryWrite(e));
        var recordId = await PostInspectionAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        ActivityEvent e;
        do e = await events.Reader.ReadAsync(timeout.Token);
        while (e.RecordId != recordId || e.Kind != "inspection");
        Assert.Equal("inspection", e.Kind);
        Assert.Equal("created", e.Action);
        Assert.Equal(api.AgencyId, e.AgencyId);
        Assert.Equal("济南推送测试商贸有限公司", e.Party);
        Assert.InRange(e.Longitude, 117.0, 117.1);
    }

    [Fact]
    public async Task A_liaison_receives_its_own_agencys_events_and_no_others()
    {
        await using var connection = await ConnectAsync("liaison"); // 历下区市场监督管理局, the fixture key's agency
        var seen = new List<ActivityEvent>();
        connection.On<ActivityEvent>(nameof(IActivityClient.Activity), e => { lock (seen) seen.Add(e); });

        var keys = api.App.Services.GetRequiredService<AgencyKeys>();
        var other = (await keys.CreateAsync("370103-SCJG", "other district"))!;
        await using var db = await api.Db();
        var otherOfficers = await db.Officers.Where(o => o.AgencyId == other.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .Select(o => o.CertificateNumber).Take(2).ToArrayAsync();
        var foreignId = await PostInspectionAsync(other.Key, officers: otherOfficers);
        var ownId = await PostInspectionAsync();

        // The own record was posted after the foreign one and events arrive in order: once it is there, a wrongly routed
        // foreign event would be there too.
        await Wait.UntilAsync(() => Snapshot().Any(e => e.RecordId == ownId), TimeSpan.FromSeconds(20), "the liaison's own event");
        Assert.DoesNotContain(Snapshot(), e => e.RecordId == foreignId);
        Assert.All(Snapshot(), e => Assert.Equal(api.AgencyId, e.AgencyId));

        List<ActivityEvent> Snapshot() { lock (seen) return [.. seen]; }
    }

    [Fact]
    public void Shared_screens_see_a_persons_name_masked() =>
        Assert.Equal("张**", PersonalData.Display(PartyKind.Person, "张三丰"));
}
