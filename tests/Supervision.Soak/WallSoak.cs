using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.LiveStream;
using Supervision.Web.Shared;

namespace Supervision.Soak;

/// <summary>
/// <c>wall [--minutes N] [--events-per-second R] [--db PATH]</c>: the issue's requirement that a browser on /wall stays
/// under 300 MB and does not grow over an hour of 5 events/s. The app runs as a child process (its own Release build,
/// the Benchmark environment) on a loopback port and a temporary database — the demo city, or a copy of PATH — with
/// the simulator streaming records through the real ingestion path. Debian's Chromium, driven by Playwright, signs in
/// as the demo wall screen and stays on /wall. After a minute's warm-up and then every 30 s it samples the page's JS
/// heap and DOM nodes (CDP Performance.getMetrics, before and after a forced GC) and the resident memory of this
/// browser's processes (/proc VmRSS: the renderer, and the sum over every Chromium process it started).
/// </summary>
public static class WallSoak
{
    private const string Chromium = "/usr/bin/chromium";
    private const string User = "wallscreen", Password = "Jinan2026demo";
    private const double Mb = 1024 * 1024;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(60), Every = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Records (and so activity events) per simulator step: a new inspection that orders a rectification writes the
    /// order too (46 % of steps are inspections, 22 % of those order one). See LiveSimulator.StepAsync.
    /// </summary>
    private const double RecordsPerStep = 1 + 0.46 * 0.22;

    /// <summary>The simulator runs at a third of its rate outside 08:00–18:00 on working days (LiveSimulator.NextPause).</summary>
    private const double QuietFactor = 0.33;

    private sealed record Sample(
        double Minutes, double JsHeapMb, double JsHeapAfterGcMb, double JsHeapTotalMb, int Nodes, int NodesAfterGc, int Listeners,
        double RendererRssMb, double RendererPssMb, double BrowserRssMb, double BrowserPssMb, double BrowserPrivateMb, int Processes, int Renderers, long Events, string Panel);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var minutes = double.TryParse(Option("--minutes"), CultureInfo.InvariantCulture, out var m) && m > 0 ? m : 60;
        var perSecond = double.TryParse(Option("--events-per-second"), CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 5;
        var source = Option("--db") is { } db ? Path.GetFullPath(db) : null;
        if (source is not null && !File.Exists(source))
        {
            output.WriteLine($"no database at {source}");
            return 2;
        }
        if (!File.Exists(Chromium))
        {
            output.WriteLine($"{Chromium} not found: apt-get install -y chromium fonts-noto-cjk");
            return 2;
        }
        var (webDll, webProject) = LocateWebApp();
        var dir = Directory.CreateTempSubdirectory("supervision-soak-").FullName;
        Process? server = null;
        try
        {
            if (source is not null)
                foreach (var suffix in new[] { "", "-wal" })
                    if (File.Exists(source + suffix)) File.Copy(source + suffix, Path.Combine(dir, "soak.db" + suffix));

            // The simulator's rate is per step and a third of it off hours: aim its configured rate at R records a second now.
            var reference = ReferenceData.Load(ReferenceData.LocateDirectory("data-seed", webProject));
            var busy = IsBusy(reference.Holidays, DateTime.UtcNow);
            var eventsPerMinute = (int)Math.Round(perSecond * 60 / RecordsPerStep / (busy ? 1 : QuietFactor));
            var port = FreePort();
            var baseUrl = $"http://127.0.0.1:{port}";
            output.WriteLine($"app: {webDll} on {baseUrl}, database {(source is null ? "the demo city" : $"a copy of {source}")} in {dir}");
            output.WriteLine($"simulator: Simulator:EventsPerMinute={eventsPerMinute} ({(busy ? "office hours" : "off hours: a third of it")}, " +
                $"~{RecordsPerStep:F2} records a step) for ~{perSecond} records/s");
            server = StartServer(webDll, webProject, dir, baseUrl, eventsPerMinute);
            await WaitHealthyAsync(baseUrl, server, TimeSpan.FromMinutes(5));

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, Locale = "zh-CN" });
            var page = await context.NewPageAsync();
            // The same browser with nothing in it, to tell the wall's share from Chromium's own.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var blank = ChromiumProcesses.Sample();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"baseline on about:blank: browser_rss_mb={blank.Sum(p => p.RssBytes) / Mb:F1} browser_pss_mb={blank.Sum(p => p.PssBytes) / Mb:F1} " +
                $"browser_private_mb={blank.Sum(p => p.PrivateBytes) / Mb:F1} processes={blank.Count}"));
            var errors = new List<string>();
            page.Console += (_, msg) => { if (msg.Type == "error") lock (errors) errors.Add(msg.Text); };
            page.PageError += (_, e) => { lock (errors) errors.Add(e); };
            await page.GotoAsync(baseUrl + "/account/login");
            await page.FillAsync("#username", User);
            await page.FillAsync("#password", Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(baseUrl + "/wall", new PageWaitForURLOptions { Timeout = 60_000 });
            await page.Locator("[data-circuit=live]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            output.WriteLine($"browser: {browser.Version} signed in as {User}, on {page.Url} (1920x1080)");

            // Counts what the wall is sent: every accepted record is one activity event (the wall's own session is the key).
            var cookies = string.Join("; ", (await context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
            long events = 0;
            await using var hub = new HubConnectionBuilder().WithUrl(new Uri(new Uri(baseUrl), ActivityHub.Path), o => o.Headers["Cookie"] = cookies)
                .WithAutomaticReconnect().Build();
            hub.On<Supervision.Web.Features.Activity.ActivityEvent>(nameof(IActivityClient.Activity), _ => Interlocked.Increment(ref events));
            await hub.StartAsync();

            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Performance.enable");
            output.WriteLine($"warm-up {WarmUp.TotalSeconds:F0} s, then a sample every {Every.TotalSeconds:F0} s for {minutes} min");
            await Task.Delay(WarmUp);

            var samples = new List<Sample>();
            var clock = Stopwatch.StartNew();
            var eventsAtStart = Interlocked.Read(ref events);
            for (var i = 0; ; i++)
            {
                var due = TimeSpan.FromTicks(Every.Ticks * i) - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due);
                var sample = await SampleAsync(cdp, page, clock.Elapsed.TotalMinutes, Interlocked.Read(ref events) - eventsAtStart,
                    breakdown: i == 0 || clock.Elapsed.TotalMinutes >= minutes - 0.01);
                samples.Add(sample);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"t={sample.Minutes,6:F2}min js_heap_mb={sample.JsHeapMb:F1} js_heap_after_gc_mb={sample.JsHeapAfterGcMb:F1} " +
                    $"nodes={sample.Nodes} nodes_after_gc={sample.NodesAfterGc} listeners={sample.Listeners} " +
                    $"renderer_rss_mb={sample.RendererRssMb:F1} renderer_pss_mb={sample.RendererPssMb:F1} browser_rss_mb={sample.BrowserRssMb:F1} " +
                    $"browser_pss_mb={sample.BrowserPssMb:F1} browser_private_mb={sample.BrowserPrivateMb:F1} " +
                    $"processes={sample.Processes} renderers={sample.Renderers} events={sample.Events} panel={sample.Panel}"));
                if (clock.Elapsed.TotalMinutes >= minutes - 0.01) break;
            }
            var elapsedS = clock.Elapsed.TotalSeconds;
            var measuredEvents = Interlocked.Read(ref events) - eventsAtStart;
            var actualPerSecond = measuredEvents / elapsedS;
            var connection = await page.Locator("#wall-connection").GetAttributeAsync("data-state");
            var busyAtEnd = IsBusy(reference.Holidays, DateTime.UtcNow);

            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summary over {samples.Count} samples, {elapsedS / 60:F1} min after a {WarmUp.TotalSeconds:F0} s warm-up; " +
                $"{measuredEvents} events = {actualPerSecond:F2} events/s (asked {perSecond})"));
            if (busy != busyAtEnd) output.WriteLine("note: office hours began or ended during the run, so the simulator's rate changed");
            output.WriteLine($"wall connection at the end: {connection}; page errors/console errors: {errors.Count}");
            lock (errors) foreach (var e in errors.Distinct().Take(10)) output.WriteLine($"  error: {e}");
            output.WriteLine($"{"metric",-22} {"start",10} {"end",10} {"max",10} {"slope/h",10}");
            void Row(string name, Func<Sample, double> value, string format = "F1") => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {value(samples[0]).ToString(format, CultureInfo.InvariantCulture),10} {value(samples[^1]).ToString(format, CultureInfo.InvariantCulture),10} " +
                $"{samples.Max(value).ToString(format, CultureInfo.InvariantCulture),10} {Slope(samples, value).ToString("F1", CultureInfo.InvariantCulture),10}"));
            Row("js_heap_mb", s => s.JsHeapMb);
            Row("js_heap_after_gc_mb", s => s.JsHeapAfterGcMb);
            Row("js_heap_total_mb", s => s.JsHeapTotalMb);
            Row("dom_nodes", s => s.Nodes, "F0");
            Row("dom_nodes_after_gc", s => s.NodesAfterGc, "F0");
            Row("js_event_listeners", s => s.Listeners, "F0");
            Row("renderer_rss_mb", s => s.RendererRssMb);
            Row("renderer_pss_mb", s => s.RendererPssMb);
            Row("browser_rss_mb", s => s.BrowserRssMb);
            Row("browser_pss_mb", s => s.BrowserPssMb);
            Row("browser_private_mb", s => s.BrowserPrivateMb);
            output.WriteLine("(browser_rss sums VmRSS over every Chromium process of this browser, so shared libraries and zygote pages count once per process;");
            output.WriteLine(" browser_pss shares them out among all their sharers, other browsers on the machine included; browser_private leaves them out.)");
            output.WriteLine("(js_heap_growth below is the slope of the heap after a forced GC, the part a leak would keep.)");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wall minutes={minutes:0.##} events_per_s={actualPerSecond:F2} browser_rss_max_mb={samples.Max(s => s.BrowserRssMb):F1} " +
                $"renderer_rss_growth_mb_per_h={Slope(samples, s => s.RendererRssMb):F1} js_heap_max_mb={samples.Max(s => s.JsHeapMb):F1} " +
                $"js_heap_growth_mb_per_h={Slope(samples, s => s.JsHeapAfterGcMb):F1}"));
            return 0;
        }
        finally
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
            server?.Dispose();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<Sample> SampleAsync(ICDPSession cdp, IPage page, double minutes, long events, bool breakdown)
    {
        var before = await MetricsAsync(cdp);
        var processes = ChromiumProcesses.Sample();
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        var after = await MetricsAsync(cdp);
        var panel = await page.Locator("[data-testid=wall-panel-name]").TextContentAsync() ?? "";
        // The tab's renderer: the largest plain renderer (another may be a spare kept for the next navigation).
        var tab = processes.Where(p => p.Type == "renderer").MaxBy(p => p.RssBytes);
        if (breakdown) Console.Out.WriteLine("  processes: " + string.Join(", ", processes.GroupBy(p => p.Type).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture,
                $"{g.Key}×{g.Count()} rss={g.Sum(p => p.RssBytes) / Mb:F0} pss={g.Sum(p => p.PssBytes) / Mb:F0} private={g.Sum(p => p.PrivateBytes) / Mb:F0} MB"))));
        return new Sample(minutes,
            before["JSHeapUsedSize"] / Mb, after["JSHeapUsedSize"] / Mb, before["JSHeapTotalSize"] / Mb,
            (int)before["Nodes"], (int)after["Nodes"], (int)before["JSEventListeners"],
                tab?.RssBytes / Mb ?? 0, tab?.PssBytes / Mb ?? 0,
            processes.Sum(p => p.RssBytes) / Mb, processes.Sum(p => p.PssBytes) / Mb, processes.Sum(p => p.PrivateBytes) / Mb, processes.Count,
            processes.Count(p => p.Type.StartsWith("renderer", StringComparison.Ordinal)), events, panel.Trim());
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession cdp)
    {
        var result = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("no CDP metrics");
        return result.GetProperty("metrics").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("value").GetDouble());
    }

    /// <summary>Least-squares slope of value against time, per hour.</summary>
    private static double Slope(IReadOnlyList<Sample> samples, Func<Sample, double> value)
    {
        if (samples.Count < 2) return 0;
        var xs = samples.Select(s => s.Minutes / 60).ToArray();
        var ys = samples.Select(value).ToArray();
        double mx = xs.Average(), my = ys.Average();
        var sxx = xs.Sum(x => (x - mx) * (x - mx));
        return sxx == 0 ? 0 : xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / sxx;
    }

    private static bool IsBusy(HolidayCalendar holidays, DateTime utc)
    {
        var local = ChinaTime.ToLocal(utc);
        return holidays.IsWorkingDay(DateOnly.FromDateTime(local)) && local.Hour is >= 8 and < 18;
    }

    /// <summary>The web app's own build output (same configuration as this tool), and its project folder as content root.</summary>
    private static (string Dll, string Project) LocateWebApp()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = here.Parent?.Name ?? "Release";
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Supervision.sln"))) root = root.Parent;
        if (root is null) throw new DirectoryNotFoundException("Supervision.sln not found above " + AppContext.BaseDirectory);
        var project = Path.Combine(root.FullName, "src", "Supervision.Web");
        var dll = Path.Combine(project, "bin", configuration, here.Name, "Supervision.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} not found: build with dotnet build -c {configuration}", dll);
        return (dll, project);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process StartServer(string dll, string project, string dir, string baseUrl, int eventsPerMinute)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            dll, "--environment", "Benchmark", "--urls", baseUrl,
            $"--ConnectionStrings:Supervision=Data Source={Path.Combine(dir, "soak.db")}",
            "--Demo:Enabled=true", "--Simulator:Enabled=true", $"--Simulator:EventsPerMinute={eventsPerMinute}",
            "--Logging:LogLevel:Default=Warning",
        }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        var log = new StreamWriter(Path.Combine(dir, "server.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(string baseUrl, Process server, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (server.HasExited) throw new InvalidOperationException($"the app exited with {server.ExitCode}");
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException($"the app was not healthy within {timeout}");
    }
}
