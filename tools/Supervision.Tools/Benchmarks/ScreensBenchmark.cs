using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Overview;
using Supervision.Web.Shared.Screens;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// <c>bench screens --db PATH --circuits N [--seconds S]</c>: the app on a copy of the database and N real Blazor circuits,
/// pages of Debian's headless Chromium, half on <c>/</c> (signed in as the operator) and half on <c>/wall</c> (the wall
/// device; its rotation held on the first panel, where the figures are). Records then arrive through the batch API at
/// 50 records/s for S seconds. Each page notes, in the page, when its inspections tile changes; the latency of a batch
/// on a page is from the batch's 2xx to the first time the page shows a figure that includes it. Server CPU, database
/// commands and the shared views' computations are counted over the posting phase; the browser is another process.
/// </summary>
public static class ScreensBenchmark
{
    private const int RecordsPerSecond = 50, BatchSize = 5;

    /// <summary>
    /// In each page: every change of the inspections figure (desk tile or wall tile), with the page's clock. The pages'
    /// animations (chart transitions, map pulses) are slowed to four frames a second and CSS animations switched off:
    /// on this 2-core machine the browser is the load generator, and drawing a hundred screens' animations in software
    /// would starve the server being measured. Blazor applies its updates to the DOM as they arrive, not per frame, so
    /// what is measured is unchanged.
    /// </summary>
    private const string Observer = """
        window.requestAnimationFrame = cb => setTimeout(() => cb(performance.now()), 250);
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = '*, *::before, *::after { animation: none !important; transition: none !important; }';
          document.head.appendChild(style);
        });
        window.__seen = [];
        (() => {
          let last = null;
          const check = () => {
            const el = document.querySelector('[data-testid=tile-inspections],[data-testid=wall-inspections]');
            if (!el) return;
            const v = parseInt(el.textContent.replace(/[^0-9]/g, ''), 10);
            if (v !== last) { last = v; window.__seen.push([Date.now(), v]); }
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
        })();
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var circuits = int.TryParse(Option("--circuits"), out var n) && n > 0 ? n : 10;
        var seconds = int.TryParse(Option("--seconds"), out var s) && s > 0 ? s : 30;
        await using var database = await BenchmarkDatabase.FromArgumentsAsync(args, output, required: true,
            "bench screens --db PATH --circuits N [--seconds S]");
        if (database is null) return 2;
        // The server on the first core, the browser on the second (NicedChromium): Chromium raises some of its own
        // processes' priority, so sharing both cores would measure the browser's appetite, not the server's.
        if (OperatingSystem.IsLinux() && Environment.ProcessorCount > 1) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var app = await database.StartAppAsync("--Ingestion:RequestsPerSecondPerKey=100000", "--Wall:RotateSeconds=3600");
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "bench"))!;
        var fixture = await IngestBenchmark.FixtureAsync(app, key.AgencyId, 2_000);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        var feed = app.Services.GetRequiredService<ActivityFeed>();
        var hub = app.Services.GetRequiredService<ScreenSnapshots>();

        await PartsAsync(app, output);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true, ExecutablePath = NicedChromium(database.Folder),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var desk = await SignedInAsync(browser, baseUrl, "operator");
        var wall = await SignedInAsync(browser, baseUrl, "wallscreen");

        // Open the pages a few at a time, and wait until every circuit is live (each live page subscribes to the feed).
        var subscribers = feed.SubscriberCount;
        var opening = Stopwatch.StartNew();
        var pages = new List<IPage>();
        foreach (var chunk in Enumerable.Range(0, circuits).Chunk(8))
            pages.AddRange(await Task.WhenAll(chunk.Select(async i =>
            {
                var page = await (i % 2 == 0 ? desk : wall).NewPageAsync();
                await page.GotoAsync(i % 2 == 0 ? "/" : "/wall", new PageGotoOptions { Timeout = 120_000 });
                return page;
            })));
        while (feed.SubscriberCount < subscribers + circuits && opening.Elapsed < TimeSpan.FromMinutes(5)) await Task.Delay(200);
        var live = feed.SubscriberCount - subscribers;
        output.WriteLine($"opened {pages.Count} pages in {opening.Elapsed.TotalSeconds:F0} s; {live} circuits live");
        await Task.Delay(TimeSpan.FromSeconds(5));

        // The server's part: when each circuit took a snapshot of today's city view, and how many inspections it held.
        var handed = new System.Collections.Concurrent.ConcurrentQueue<(long At, int Inspections)>();
        hub.OnDelivered = (view, value) =>
        {
            if (view is OverviewView { Window.Kind: WindowKind.Today, Scope: null, DistrictId: null, Sector: null, AgencyId: null } && value is OverviewSnapshot s)
                handed.Enqueue((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), s.Data.Inspections));
        };
        int handedBaseline;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            var today = TimeWindow.Today.Resolve(app.Services.GetRequiredService<TimeProvider>());
            handedBaseline = await db.Inspections.CountAsync(i => i.StartedAt >= today.FromUtc && i.StartedAt < today.ToUtc);
        }

        // Posting phase: 50 records/s in batches of 5, each batch's 2xx time noted.
        using var commands = new CommandTally();
        var process = Process.GetCurrentProcess();
        var (cpuBefore, computedBefore, commandsBefore, computeBefore) = (process.TotalProcessorTime, hub.Computations, commands.Count, hub.ComputeTime);
        var browserCpuBefore = ChromiumCpuMs();
        var batches = new List<(long AckedAt, int Cumulative)>();
        var serial = 0;
        var pace = Stopwatch.StartNew();
        for (var tick = 0; tick < seconds * RecordsPerSecond / BatchSize; tick++)
        {
            var batch = Enumerable.Range(0, BatchSize).Select(_ => (RecordIn)IngestBenchmark.Record(fixture, ++serial)).ToList();
            var response = await http.PostAsJsonAsync("/api/v1/batch", new { records = batch });
            response.EnsureSuccessStatusCode();
            batches.Add((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), serial));
            var due = TimeSpan.FromMilliseconds(1000.0 * BatchSize / RecordsPerSecond * (tick + 1)) - pace.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
        }
        var elapsed = pace.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuMsPerSecond = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / elapsed;
        var queriesPerSecond = (commands.Count - commandsBefore) / elapsed;
        var computationsPerSecond = (hub.Computations - computedBefore) / elapsed;
        var computeMs = (hub.ComputeTime - computeBefore).TotalMilliseconds / Math.Max(1, hub.Computations - computedBefore);
        var rssMb = process.WorkingSet64 / 1024.0 / 1024.0;
        var browserCpuMsPerSecond = (ChromiumCpuMs() - browserCpuBefore) / elapsed;
        // The last figures a second and a half later at most; then read what every page saw.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var start = batches[0].AckedAt - 1000L * BatchSize / RecordsPerSecond;
        var latencies = new List<double>();
        var missed = 0;
        foreach (var page in pages)
        {
            var seen = (await page.EvaluateAsync<long[][]>("() => window.__seen")).Select(x => (At: x[0], Value: x[1])).ToList();
            var baseline = seen.Where(x => x.At < start).Select(x => x.Value).LastOrDefault(-1);
            if (Environment.GetEnvironmentVariable("BENCH_SCREENS_TRACE") is not null && page == pages[0])
                output.WriteLine("trace: " + string.Join(' ', seen.Select(x => $"{x.At - start}:{x.Value - baseline}")) + " | batches: "
                    + string.Join(' ', batches.Where((_, i) => i % 10 == 0).Select(b => $"{b.AckedAt - start}:{b.Cumulative}")));
            if (baseline < 0) { missed += batches.Count; continue; }
            foreach (var (ackedAt, cumulative) in batches)
            {
                var shown = seen.FirstOrDefault(x => x.Value >= baseline + cumulative);
                if (shown == default) missed++;
                else latencies.Add(Math.Max(0, shown.At - ackedAt));
            }
        }
        latencies.Sort();
        // Server side: from a batch's 2xx until every circuit on the city view has taken figures that include it.
        var deliveries = handed.ToList();
        var serverLatencies = batches.Select(b => deliveries.Where(d => d.Inspections >= handedBaseline + b.Cumulative).Select(d => (double?)(d.At - b.AckedAt))
            .Take(circuits).LastOrDefault()).Where(x => x is not null).Select(x => Math.Max(0, x!.Value)).Order().ToList();
        double ServerPercentile(double p) => serverLatencies.Count == 0 ? double.NaN
            : serverLatencies[(int)Math.Min(serverLatencies.Count - 1, Math.Ceiling(p * serverLatencies.Count) - 1)];
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        var browserMb = ChromiumRssMb();
        await browser.CloseAsync();
        await app.StopAsync();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server side (2xx to every circuit's dispatcher taking the figures): p50_ms={ServerPercentile(0.5):F0} p95_ms={ServerPercentile(0.95):F0} " +
            $"of {serverLatencies.Count} batches"));
        output.WriteLine($"posted {serial:N0} records in {elapsed:F1} s; {latencies.Count:N0} batch arrivals measured on {pages.Count} pages, {missed:N0} not seen");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shared views: {hub.Views}, computations_per_s={computationsPerSecond:F2}, ms_per_computation={computeMs:F0}; " +
            $"browser (Chromium, niced) cpu_ms_per_s={browserCpuMsPerSecond:F0} rss_mb={browserMb:F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screens circuits={circuits} p50_ms={Percentile(0.50):F0} p95_ms={Percentile(0.95):F0} server_cpu_ms_per_s={cpuMsPerSecond:F0} " +
            $"queries_per_s={queriesPerSecond:F1} rss_mb={rssMb:F0}"));
        return 0;
    }

    /// <summary>What one computation of the default view costs, part by part (median of 5, after one warm-up).</summary>
    private static async Task PartsAsync(WebApplication app, TextWriter output)
    {
        var today = TimeWindow.Today.Resolve(app.Services.GetRequiredService<TimeProvider>());
        async Task<double> Median(Func<IServiceProvider, Task> part)
        {
            var times = new List<double>();
            for (var i = 0; i < 6; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                await part(scope.ServiceProvider);
                if (i > 0) times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return times.Order().ElementAt(times.Count / 2);
        }
        var overview = await Median(sp => sp.GetRequiredService<OverviewQuery>().ReadAsync(new OverviewFilter(today.FromUtc, today.ToUtc), null, default));
        var streets = await Median(sp => sp.GetRequiredService<StreetFigures>().ReadAsync(FigureFilter.Of(today), null, default));
        var feeds = await Median(sp => sp.GetRequiredService<FeedHealthQuery>().ReadAsync(null, default));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one computation of today's city view: overview_ms={overview:F0} streets_ms={streets:F0} feed_health_ms={feeds:F0}"));
    }

    private static async Task<IBrowserContext> SignedInAsync(IBrowser browser, string baseUrl, string userName)
    {
        var cookie = await IngestBenchmark.SignInCookieAsync(baseUrl, userName);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var at = cookie.IndexOf('=');
        await context.AddCookiesAsync([new Cookie { Name = cookie[..at], Value = cookie[(at + 1)..], Url = baseUrl }]);
        await context.AddInitScriptAsync(Observer);
        return context;
    }

    /// <summary>
    /// Debian's Chromium at the lowest CPU priority: on 2 cores the pages would otherwise take the CPU from the server
    /// being measured (the server's figures are then its own; the pages' latencies include their own waiting for CPU).
    /// </summary>
    private static string NicedChromium(string folder)
    {
        var path = Path.Combine(folder, "chromium-niced.sh");
        File.WriteAllText(path, "#!/bin/sh\nexec taskset -c 1 nice -n 19 /usr/bin/chromium \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>CPU time used so far by the Chromium processes alive now, from /proc (user + system, in ms).</summary>
    private static double ChromiumCpuMs() => Chromium(dir =>
    {
        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in USER_HZ (100 on Linux).
        var stat = File.ReadAllText(Path.Combine(dir, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) * 10;
    });

    /// <summary>Resident memory of the Chromium processes, from /proc, in MB (shared pages counted once per process).</summary>
    private static double ChromiumRssMb() => Chromium(dir =>
    {
        var line = File.ReadLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    });

    /// <summary>Sums <paramref name="measure"/> over the /proc folders of the Chromium processes alive now.</summary>
    private static double Chromium(Func<string, double> measure)
    {
        double sum = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).StartsWith("chrom", StringComparison.Ordinal)) sum += measure(dir);
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }
        return sum;
    }
}
