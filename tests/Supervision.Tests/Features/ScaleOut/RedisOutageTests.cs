using System.Net;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.ScaleOut;

/// <summary>Redis joins the instances; without it each instance still accepts records and shows them on its own screens.</summary>
public class RedisOutageTests
{
    [Fact]
    public async Task With_redis_unreachable_an_instance_still_accepts_records_and_shows_them_on_its_own_screens()
    {
        using var temp = new TempDatabase();
        // Nothing listens on port 1: every connection attempt is refused.
        await using var app = new SupervisionApp(temp.Path,
            settings: new Dictionary<string, string> { ["SignalR:Redis"] = "127.0.0.1:1,connectTimeout=500,syncTimeout=500,asyncTimeout=500" });
        var issued = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "outage test"))!;
        string[] officers;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
            officers = await db.Officers.Where(o => o.AgencyId == issued.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
                .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToArrayAsync();
        var seen = Channel.CreateUnbounded<ActivityEvent>();
        using var subscription = app.Services.GetRequiredService<ActivityFeed>().Subscribe(e => seen.Writer.TryWrite(e));

        var record = TwoInstances.InspectionRecord("济南断线测试商贸有限公司", officers);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, issued.Key);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"accepting took {started.Elapsed} with Redis away");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var e = await seen.Reader.ReadAsync(timeout.Token);
        Assert.Equal(("inspection", false), (e.Kind, e.Remote));
    }
}
