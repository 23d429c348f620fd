using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Web.Data;

namespace Supervision.Tests.Hosting;

public class FirstStartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("supervision-start-").FullName;

    private string DatabasePath => Path.Combine(_dir, "data", "supervision.db");

    [Fact]
    public async Task First_start_creates_and_fills_the_database_and_the_second_adds_nothing()
    {
        IReadOnlyList<(string Table, int Rows)> first, second;
        await using (var app = new SupervisionApp(DatabasePath) { GeneratesDemoCity = true })
        {
            var health = await app.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            first = await app.CountsAsync();
        }
        if (TestProvider.IsSqlite) Assert.True(File.Exists(DatabasePath));
        Assert.All(first, c => Assert.True(c.Rows > 0, $"{c.Table} is empty"));
        await using (var app = new SupervisionApp(DatabasePath) { GeneratesDemoCity = true })
        {
            await app.CreateClient().GetAsync("/health");
            second = await app.CountsAsync();
        }
        Assert.Equal(first, second);
    }

#if POSTGRES_SUITE
    /// <summary>Several instances on one new PostgreSQL database, started at once: one migrates and seeds, none fails.</summary>
    [Fact]
    public async Task Instances_started_together_on_a_new_database_load_one_demo_city()
    {
        // One clock for both instances and the expected city: the city is made relative to its day.
        var clock = TestClock.AwayFromMidnight();
        await using var a = new SupervisionApp(DatabasePath) { GeneratesDemoCity = true, Clock = clock };
        await using var b = new SupervisionApp(DatabasePath) { GeneratesDemoCity = true, Clock = clock };
        await Task.WhenAll(Task.Run(() => a.CreateClient()), Task.Run(() => b.CreateClient()));
        var counts = (await a.CountsAsync()).ToDictionary(c => c.Table, c => c.Rows);
        var city = Supervision.Web.Features.Seeding.CityGenerator.Generate(a.Services.GetRequiredService<Supervision.Web.Shared.ReferenceData>(),
            Supervision.Web.Features.Seeding.GeneratorProfile.Demo, 20261123, clock.UtcNow());
        Assert.All(city.Counts(), c => Assert.Equal(c.Rows, counts[c.Table]));
    }

#endif
    [Fact]
    public async Task Without_demo_mode_only_reference_data_is_loaded()
    {
        await using var app = new SupervisionApp(DatabasePath, demo: false);
        await app.CreateClient().GetAsync("/health");
        var counts = (await app.CountsAsync()).ToDictionary(c => c.Table, c => c.Rows);
        Assert.Equal(161 + 15 + 1, counts["Regions"]);
        Assert.Equal(0, counts["Cases"]);
        Assert.Equal(0, counts["Inspections"]);
    }

    [Fact]
    public async Task Home_page_shows_live_counts_in_Chinese()
    {
        await using var app = new SupervisionApp(DatabasePath);
        var client = await app.SignInAsync("operator");
        var html = await client.GetStringAsync("/");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var open = await db.Cases.CountAsync(c => c.Stage != Supervision.Domain.Cases.CaseStage.Closed);
        Assert.Contains("执法总览", html);
        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("在办案件", html);
        Assert.Contains(open.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), html);
    }

    [Fact]
    public async Task Health_is_unavailable_when_the_database_cannot_be_opened()
    {
        await using var app = new SupervisionApp(DatabasePath, demo: false);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        if (!TestProvider.IsSqlite)
        {
            // The server's database gone from under the running app.
            TestProvider.Drop(DatabasePath);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
            return;
        }
        SqliteConnection.ClearAllPools();
        // Replace the database file with something that is not a database.
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!)) File.Delete(f);
        await File.WriteAllTextAsync(DatabasePath, "not a database, just text that is long enough to have a header page");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestProvider.Drop(DatabasePath);
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
