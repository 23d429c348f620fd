using System.Diagnostics;
using System.Globalization;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Overview;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// <c>bench overview --db PATH [--runs N]</c>: the app on a copy of PATH (e.g. a <c>seed --profile jinan</c> file). It
/// times the overview's server-side data for a first render — today, city-wide, as an operator sees it, every tile,
/// breakdown, trend, the latest records and the map's per-street figures — and one page of a drill-down grid; medians
/// over N runs (default 21).
/// </summary>
public static class OverviewBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var runs = int.TryParse(Option("--runs"), out var r) && r > 0 ? r : 21;
        await using var database = await BenchmarkDatabase.FromArgumentsAsync(args, output, required: true,
            "usage: bench overview --db PATH | --postgres CONNECTION [--runs N]; make the database with: seed --profile jinan --db PATH (or --postgres CONNECTION)");
        if (database is null) return 2;
        var dir = database.Folder;
        {
            var app = await database.StartAppAsync();

            var firstRender = await MedianAsync(app.Services, runs, now => OverviewFilter.Today(now));
            var month = await MedianAsync(app.Services, runs, now => new OverviewFilter(now.AddDays(-30), now) { PeriodName = "30d" });
            var grid = await GridBenchmark.MedianGridPageMsAsync(app.Services, runs);
            await app.StopAsync();

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"database: a copy of the given {database.Provider} database; {runs} runs each; the overview over the last 30 days takes {month:F1} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overview first_render_ms={firstRender:F1} grid_page_ms={grid:F1}"));
            return 0;
        }
    }

    private static async Task<double> MedianAsync(IServiceProvider services, int runs, Func<DateTime, OverviewFilter> filter)
    {
        // A scope outside any circuit or request has no signed-in user: the city-wide view, as an operator sees it.
        using var scope = services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<OverviewQuery>();
        var streets = scope.ServiceProvider.GetRequiredService<StreetFigures>();
        var time = services.GetRequiredService<TimeProvider>();
        await query.ReadAsync(filter(time.GetUtcNow().UtcDateTime));
        await streets.ReadAsync(new FigureFilter(DateTime.UtcNow.AddDays(-1), DateTime.UtcNow));
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var f = filter(time.GetUtcNow().UtcDateTime);
            var data = await query.ReadAsync(f);
            var figures = await streets.ReadAsync(new FigureFilter(f.FromUtc, f.ToUtc, f.DistrictId, f.Sector, f.AgencyId));
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (figures.Count == 0) throw new InvalidOperationException("The map's figures came back empty.");
            if (data.Trend.Count != OverviewQuery.TrendDays) throw new InvalidOperationException("The overview came back incomplete.");
        }
        times.Sort();
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
