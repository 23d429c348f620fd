#if !POSTGRES_SUITE
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Supervision.Tests.Features.Ingestion;
using Supervision.Tests.Hosting;

namespace Supervision.Tests.Data;

/// <summary>
/// A database that cannot take a write — held by a lock past the busy timeout, on a full disk, moved away under the
/// app — is a 503 with Retry-After that says nothing was stored, and /health says so (issue 19, items 8 and 9).
/// SQLite's own failures; the PostgreSQL suite leaves them out.
/// </summary>
public class StoreFailureTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private static async Task AssertNotStoredAsync(HttpResponseMessage response)
    {
        Assert.True(HttpStatusCode.ServiceUnavailable == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("均未保存", (string)problem["detail"]!);
    }

    private static async Task<JsonObject> HealthAsync(HttpClient client, HttpStatusCode expected)
    {
        var response = await client.GetAsync("/health");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(expected == response.StatusCode, body.ToJsonString());
        return body;
    }

    [Fact]
    public async Task A_lock_held_past_the_busy_timeout_is_a_503_and_the_batch_leaves_nothing()
    {
        var records = new JsonArray(api.NewInspection(), api.NewInspection());
        foreach (var r in records) r!["type"] = "inspection";
        await using (var holder = new SqliteConnection($"Data Source={api.DatabasePath};Pooling=false"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }
            // The writer gives up after Database:BusyTimeoutMs (5 s), not after Microsoft.Data.Sqlite's own 30 s retry:
            // a client that waits 20 s gets its answer.
            var client = api.Client();
            client.Timeout = TimeSpan.FromSeconds(20);
            await AssertNotStoredAsync(await client.PostAsync("/api/v1/batch",
                new StringContent(new JsonObject { ["records"] = records }.ToJsonString(), System.Text.Encoding.UTF8, "application/json")));
            var health = await HealthAsync(api.App.CreateClient(), HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Unhealthy", (string)health["checks"]!["database"]!["status"]!);
        }
        // Operators see it on the overview, the wall and the feed-health panel (issue 19, item 10).
        var overview = System.Net.WebUtility.HtmlDecode(await (await api.App.SignInAsync("operator")).GetStringAsync("/"));
        Assert.Contains("数据接入受阻：近 10 分钟因数据库无法写入拒收 1 批记录", overview);
        var wall = System.Net.WebUtility.HtmlDecode(await (await api.App.SignInAsync("wallscreen")).GetStringAsync("/wall"));
        Assert.Contains("数据接入受阻", wall);
        await using var db = await api.Db();
        var ids = records.Select(r => (string)r!["id"]!).ToList();
        Assert.False(await db.Inspections.AnyAsync(i => ids.Contains(i.ExternalId)));
        await HealthAsync(api.App.CreateClient(), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_database_file_moved_away_makes_health_unhealthy()
    {
        var before = await HealthAsync(api.App.CreateClient(), HttpStatusCode.OK);
        Assert.Equal("Healthy", (string)before["checks"]!["database"]!["status"]!);
        Assert.True((long)before["checks"]!["disk"]!["data"]!["freeMb"]! > 0);

        var moved = api.DatabasePath + ".moved";
        File.Move(api.DatabasePath, moved);
        try
        {
            var health = await HealthAsync(api.App.CreateClient(), HttpStatusCode.ServiceUnavailable);
            Assert.Contains("被移动或删除", (string)health["checks"]!["database"]!["description"]!);
        }
        finally
        {
            File.Move(moved, api.DatabasePath);
        }
        await HealthAsync(api.App.CreateClient(), HttpStatusCode.OK);
    }
}

/// <summary>The app on a disk that fills up.</summary>
public class FullDiskTests
{
    [SmallDiskFact]
    public async Task A_full_disk_is_a_503_with_nothing_stored_and_health_says_why()
    {
        using var disk = SmallDisk.Mount(64);
        var path = Path.Combine(disk.Folder, "supervision.db");
        DemoTemplate.CopyTo(path);
        await using var app = new SupervisionApp(path, settings: new Dictionary<string, string> { ["Database:MinFreeDiskMb"] = "1" });
        var keys = app.Services.GetService(typeof(Supervision.Web.Features.Ingestion.AgencyKeys)) as Supervision.Web.Features.Ingestion.AgencyKeys;
        var issued = (await keys!.CreateAsync(IngestionApp.AgencyCode, "disk"))!;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(Supervision.Web.Features.Ingestion.ApiKeyAuthentication.Header, issued.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        disk.Fill();
        // SQLite may still have room in its write-ahead log: batches go on until the disk refuses one.
        HttpResponseMessage response;
        List<string> ids;
        var batchNumber = 0;
        do
        {
            batchNumber++;
            ids = [.. Enumerable.Range(0, 500).Select(i => $"DISK-{batchNumber}-{i}")];
            var batch = new JsonObject { ["records"] = new JsonArray([.. ids.Select(id => (JsonNode)Complaint(id))]) };
            response = await client.PostAsync("/api/v1/batch", new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        }
        while (response.StatusCode == HttpStatusCode.OK && batchNumber < 40);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        File.Delete(Path.Combine(disk.Folder, "filler.bin"));
        await using var db = Supervision.Web.Data.DataRegistration.Open($"Data Source={path}");
        Assert.False(await db.Complaints.AnyAsync(c => ids.Contains(c.ExternalId)));
    }

    private static JsonObject Complaint(string id) => new()
    {
        ["type"] = "complaint", ["id"] = id, ["channel"] = "Hotline12345", ["summary"] = new string('满', 1000),
        ["receivedAt"] = "2026-11-20T09:00:00+08:00", ["deadline"] = "2026-12-20T09:00:00+08:00",
    };
}
#endif
