using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Tests.Features.Ingestion;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Activity;

namespace Supervision.Tests.Features.Activity;

/// <summary>
/// A broken live page (a subscriber that throws, or one stuck on a slow render) must not cost an agency its record: the
/// ingestion request that publishes is answered and the record stored, and the other subscribers still get the event.
/// </summary>
public class ThrowingSubscriberTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private JsonObject Inspection(string company)
    {
        var body = $"6{Random.Shared.Next(0, 9_999_999):D7}";
        var org = "91370102" + body + CreditCode.OrganizationCheck(body);
        return new JsonObject
        {
            ["id"] = $"THROW-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = company, ["creditCode"] = org + CreditCode.CheckCharacter(org) },
            ["kind"] = "Routine",
            ["preFiledAt"] = "2026-11-20T08:00:00+08:00",
            ["startedAt"] = "2026-11-20T09:30:00+08:00",
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray(api.Officers.Select(o => (JsonNode)o!).ToArray()),
        };
    }

    [Fact]
    public async Task A_throwing_and_a_stuck_subscriber_fail_neither_the_api_post_nor_the_other_subscribers()
    {
        var feed = api.App.Services.GetRequiredService<ActivityFeed>();
        var thrown = 0;
        var received = new List<ActivityEvent>();
        using var stuck = new ManualResetEventSlim(false);
        using var throwing = feed.Subscribe(_ =>
        {
            Interlocked.Increment(ref thrown);
            throw new InvalidOperationException("a broken live page");
        });
        using var slow = feed.Subscribe(_ => stuck.Wait(TimeSpan.FromSeconds(30)));
        using var good = feed.Subscribe(e => { lock (received) received.Add(e); });

        try
        {
            var records = new[] { Inspection("济南订阅失败测试一有限公司"), Inspection("济南订阅失败测试二有限公司") };
            var ids = new List<int>();
            foreach (var record in records)
            {
                var response = await api.Client().PostAsync("/api/v1/inspections",
                    new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                ids.Add((int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["recordId"]!);
            }

            await Wait.UntilAsync(() => { lock (received) return ids.All(id => received.Any(e => e.RecordId == id)); }, TimeSpan.FromSeconds(10),
                "both records reach the good subscriber");
            await Wait.UntilAsync(() => Volatile.Read(ref thrown) >= 2, TimeSpan.FromSeconds(10), "the throwing subscriber was handed both, and threw");
            await using var db = await api.Db();
            Assert.Equal(2, await db.Inspections.CountAsync(i => ids.Contains(i.Id)));
        }
        finally
        {
            stuck.Set();
        }
    }
}
