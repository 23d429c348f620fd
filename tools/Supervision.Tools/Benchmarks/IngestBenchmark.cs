using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.LiveStream;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared;
using ActivityEvent = Supervision.Web.Features.Activity.ActivityEvent;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// <c>bench ingest [--clients N] [--seconds S] [--enterprises N] [--db PATH | --postgres CONNECTION]</c>: the app on a temporary database (the demo city, or a copy
/// of PATH — e.g. a file made by <c>seed --profile jinan</c>) and a loopback port, fed through the batch API by one
/// agency key. Phase 1 posts as fast as it can for S seconds and waits until the warning rules have
/// evaluated every posted record (records/s with warnings on; the API's own rate beside it), compared with a raw batched
/// insert of the same rows into a fresh SQLite file in the same run. Phase 2 posts 200 records/s while N SignalR
/// clients listen, and measures from each API 2xx to the event's arrival at each client (p50, p95).
/// </summary>
public static partial class IngestBenchmark
{
    private const int BatchSize = 200;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var clients = int.TryParse(Option("--clients"), out var c) ? c : 1;
        var seconds = int.TryParse(Option("--seconds"), out var s) ? s : 10;
        // How many of the city's enterprises the posted inspections go round. 2,000 (the default, as in the first
        // measurements) makes every 250 ms warning evaluation rewrite the warnings of hundreds of already over-inspected
        // enterprises: the warning engine's worst case. A city's inspections spread over its whole register.
        var enterprises = int.TryParse(Option("--enterprises"), out var n) && n > 0 ? n : 2_000;
        await using var database = await BenchmarkDatabase.FromArgumentsAsync(args, output, required: false, "");
        if (database is null) return 2;
        {
            var app = await database.StartAppAsync("--Ingestion:RequestsPerSecondPerKey=100000");
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "bench"))!;
            var fixture = await FixtureAsync(app, key.AgencyId, enterprises);
            int existing;
            await using (var count = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
                existing = await count.Inspections.CountAsync();
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            http.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);

            // Phase 1: sustained throughput.
            var serial = 0;
            var watch = Stopwatch.StartNew();
            var sent = 0;
            while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
            {
                var batch = Enumerable.Range(0, BatchSize).Select(_ => (RecordIn)Record(fixture, ++serial)).ToList();
                var response = await http.PostAsJsonAsync("/api/v1/batch", new { records = batch });
                response.EnsureSuccessStatusCode();
                sent += BatchSize;
            }
            var posted = watch.Elapsed;
            // "With warnings on": the run ends when every posted record has also been evaluated against the rules, not when
            // the last batch is answered (the evaluation runs behind the API, on the same cores).
            await DrainedAsync(app);
            watch.Stop();
            var recordsPerSecond = sent / watch.Elapsed.TotalSeconds;
            var apiPerSecond = sent / posted.TotalSeconds;
            var rawPerSecond = await RawInsertRateAsync(app, database, fixture, sent);

            // Phase 2: latency from 2xx to arrival, at 200 records/s (batches of 10 every 50 ms).
            var cookie = await SignInCookieAsync(baseUrl);
            var arrivals = new List<(int RecordId, long At)>();
            var connections = new List<HubConnection>();
            for (var i = 0; i < clients; i++)
            {
                var connection = new HubConnectionBuilder().WithUrl(new Uri(new Uri(baseUrl), ActivityHub.Path), o => o.Headers["Cookie"] = cookie).Build();
                connection.On<ActivityEvent>(nameof(IActivityClient.Activity), e => { var t = Stopwatch.GetTimestamp(); lock (arrivals) arrivals.Add((e.RecordId, t)); });
                await connection.StartAsync();
                connections.Add(connection);
            }
            var acknowledged = new Dictionary<int, long>();
            var pace = Stopwatch.StartNew();
            for (var tick = 0; tick < seconds * 20; tick++)
            {
                var batch = Enumerable.Range(0, 10).Select(_ => (RecordIn)Record(fixture, ++serial)).ToList();
                var response = await http.PostAsJsonAsync("/api/v1/batch", new { records = batch });
                var t = Stopwatch.GetTimestamp();
                var outcome = await response.Content.ReadFromJsonAsync<BatchOutcome>();
                foreach (var item in outcome!.Records) if (item.RecordId is { } id) acknowledged[id] = t;
                var due = TimeSpan.FromMilliseconds(50 * (tick + 1)) - pace.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due);
            }
            await Task.Delay(1000);
            List<double> latencies;
            lock (arrivals)
                latencies = arrivals.Where(a => acknowledged.ContainsKey(a.RecordId))
                    .Select(a => Math.Max(0, Stopwatch.GetElapsedTime(acknowledged[a.RecordId], a.At).TotalMilliseconds)).Order().ToList();
            var expected = acknowledged.Count * clients;
            foreach (var connection in connections) await connection.DisposeAsync();
            await app.StopAsync();

            double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
            output.WriteLine($"database: {database.Provider}, {existing:N0} inspections before the run (a copy of the given database, or the demo city)");
            output.WriteLine($"throughput phase: {sent:N0} records posted in {posted.TotalSeconds:F1} s ({apiPerSecond:N0}/s), evaluated against the warning rules "
                + $"{(watch.Elapsed - posted).TotalSeconds:F1} s later; raw batched insert of the same rows: {rawPerSecond:N0} records/s");
            output.WriteLine($"latency phase: {acknowledged.Count:N0} records at 200/s, {latencies.Count:N0} of {expected:N0} deliveries measured to {clients} client(s)");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest provider={database.Provider} enterprises={enterprises} records_per_s={recordsPerSecond:F0} raw_ratio={recordsPerSecond / rawPerSecond:F3} " +
                $"api_records_per_s={apiPerSecond:F0} p50_ms={Percentile(0.50):F1} p95_ms={Percentile(0.95):F1} clients={clients}"));
            return 0;
        }
    }

    /// <summary>
    /// Waits until the warning evaluation has caught up: no touch waiting in <see cref="RecordTouchQueue"/> and no Hangfire
    /// job enqueued or running, three polls in a row (a job moves from enqueued to processing between two reads).
    /// </summary>
    private static async Task DrainedAsync(WebApplication app)
    {
        var queue = app.Services.GetServices<IHostedService>().OfType<RecordTouchQueue>().Single();
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = Stopwatch.StartNew();
        for (var idle = 0; idle < 3 && deadline.Elapsed < TimeSpan.FromMinutes(10); await Task.Delay(20))
        {
            var statistics = monitor.GetStatistics();
            idle = queue.Pending == 0 && statistics.Enqueued == 0 && statistics.Processing == 0 ? idle + 1 : 0;
        }
    }

    internal sealed record Fixture(string[] Officers, (string Name, string CreditCode, double Lon, double Lat)[] Enterprises);

    internal static async Task<Fixture> FixtureAsync(WebApplication app, int agencyId, int enterprises)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var officers = await db.Officers.Where(o => o.AgencyId == agencyId && o.CertificateExpiresOn > today).Select(o => o.CertificateNumber).Take(2).ToArrayAsync();
        var parties = (await db.Parties.Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).Take(enterprises)
            .Select(p => new { p.Name, p.CreditCode, p.Longitude, p.Latitude }).ToListAsync())
            .Select(p => (p.Name, p.CreditCode!, p.Longitude, p.Latitude)).ToArray();
        return new Fixture(officers, parties);
    }

    internal static InspectionIn Record(Fixture f, int serial)
    {
        var e = f.Enterprises[serial % f.Enterprises.Length];
        var started = DateTimeOffset.UtcNow.AddMinutes(-60);
        return new InspectionIn
        {
            Id = $"BENCH-{serial}",
            Party = new PartyIn("Enterprise", e.Name, e.CreditCode, null),
            Kind = "Routine",
            PreFiledAt = started.AddHours(-2),
            StartedAt = started,
            EndedAt = started.AddMinutes(40),
            Location = new LocationIn(e.Lon, e.Lat),
            Officers = [.. f.Officers],
            Result = "NothingFound",
        };
    }

    /// <summary>The same number of inspections (with two officer links each) written straight into a fresh database of the same provider in one transaction.</summary>
    private static async Task<double> RawInsertRateAsync(WebApplication app, BenchmarkDatabase database, Fixture f, int count)
    {
        await using var db = DataRegistration.Open(database.Provider, database.Sibling("raw"));
        await DatabaseInitializer.PrepareAsync(db, app.Services.GetRequiredService<ReferenceData>());
        await using (var source = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            var officers = await source.Officers.AsNoTracking().Where(o => f.Officers.Contains(o.CertificateNumber)).ToListAsync();
            var parties = await source.Parties.AsNoTracking().OrderBy(p => p.Id).Take(f.Enterprises.Length).ToListAsync();
            await using var setup = await db.Database.BeginTransactionAsync();
            await new BulkInserter(db).InsertAsync(officers);
            await new BulkInserter(db).InsertAsync(parties);
            await setup.CommitAsync();
            var rows = Enumerable.Range(1, count).Select(i => new Inspection
            {
                Id = i, AgencyId = officers[0].AgencyId, ExternalId = $"RAW-{i}", PartyId = parties[i % parties.Count].Id, Kind = InspectionKind.Routine,
                StartedAt = DateTime.UtcNow, EndedAt = DateTime.UtcNow, PreFiledAt = DateTime.UtcNow, StreetId = parties[i % parties.Count].StreetId,
                Longitude = parties[i % parties.Count].Longitude, Latitude = parties[i % parties.Count].Latitude, ReceivedAt = DateTime.UtcNow,
            }).ToList();
            var links = rows.SelectMany(r => officers.Select(o => new InspectionOfficer { InspectionId = r.Id, OfficerId = o.Id })).ToList();
            var watch = Stopwatch.StartNew();
            await using var tx = await db.Database.BeginTransactionAsync();
            await new BulkInserter(db).InsertAsync(rows);
            await new BulkInserter(db).InsertAsync(links);
            await tx.CommitAsync();
            return count / watch.Elapsed.TotalSeconds;
        }
    }

    internal static async Task<string> SignInCookieAsync(string baseUrl, string userName = "operator")
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var token = TokenPattern().Match(await client.GetStringAsync(AccessRegistration.LoginPath)).Groups[1].Value;
        var response = await client.PostAsync(AccessRegistration.LoginPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login",
            ["Input.UserName"] = userName, ["Input.Password"] = AccountSetup.DemoPassword,
        }));
        return response.Headers.GetValues("Set-Cookie").Single(h => h.StartsWith("supervision.auth=")).Split(';')[0];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
