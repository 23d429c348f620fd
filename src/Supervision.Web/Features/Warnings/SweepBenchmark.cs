using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// <c>bench sweep --db PATH [--runs N]</c>: the app on a copy of PATH (a <c>seed --profile jinan</c> file). It sweeps
/// every rule once to raise the warnings (printed as the first sweep), then times N more full sweeps (the steady
/// state a recurring job sees; median), one plain SQL aggregate scanning the same tables in the same run, and the
/// evaluation of single incoming records' subjects (cases and inspections, median over 41 records).
/// </summary>
public static class SweepBenchmark
{
    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> build, Func<WebApplication, Task> compose, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var source = Option("--db");
        var runs = int.TryParse(Option("--runs"), out var r) && r > 0 ? r : 3;
        if (source is null || !File.Exists(source))
        {
            output.WriteLine("usage: bench sweep --db PATH [--runs N]; make PATH with: seed --profile jinan --db PATH");
            return 2;
        }
        var dir = Directory.CreateTempSubdirectory("supervision-bench-").FullName;
        try
        {
            foreach (var suffix in new[] { "", "-wal" })
                if (File.Exists(source + suffix)) File.Copy(source + suffix, Path.Combine(dir, "bench.db" + suffix));
            var app = build(
            [
                "--environment", "Benchmark", "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:Supervision=Data Source={Path.Combine(dir, "bench.db")}",
                "--Demo:Enabled=true", "--Simulator:Enabled=false", "--Warnings:SweepOnStart=false", "--Logging:LogLevel:Default=Warning",
            ]);
            await compose(app);
            await app.StartAsync();
            var engine = app.Services.GetRequiredService<WarningEngine>();
            var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();

            var watch = Stopwatch.StartNew();
            var first = await engine.SweepAllAsync();
            var firstSeconds = watch.Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first sweep: {firstSeconds:F2} s, raised {first.Sum(x => x.Raised)} warnings"));

            var sweeps = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                watch.Restart();
                await engine.SweepAllAsync();
                sweeps.Add(watch.Elapsed.TotalSeconds);
            }
            await using (var db = await factory.CreateDbContextAsync())
            {
                var last = await db.WarningRuleRuns.AsNoTracking().OrderBy(x => x.RuleCode).ToListAsync();
                output.WriteLine("last sweep per rule (s): " + string.Join(", ", last.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.RuleCode} {x.Seconds:F2}"))));
            }

            var scans = new List<double>();
            for (var i = 0; i < runs; i++) scans.Add(await ScanAsync(factory));

            var incremental = await IncrementalAsync(engine, factory);
            int warnings;
            await using (var db = await factory.CreateDbContextAsync())
                warnings = await db.Warnings.CountAsync(w => w.Status == WarningStatus.Open || w.Status == WarningStatus.Acknowledged || w.Status == WarningStatus.Snoozed);
            await app.StopAsync();

            var sweep = Median(sweeps);
            var scan = Median(scans);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"database: a copy of {source}; {runs} full sweeps after the first; scan = one SQL aggregate over the rules' tables, {scan:F2} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sweep seconds={sweep:F2} scan_ratio={sweep / scan:F1} incremental_ms={incremental:F1} warnings={warnings}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// The floor: one pass over every row of every table the rules read, summing a column of each so nothing is
    /// answered from an index count alone.
    /// </summary>
    private static async Task<double> ScanAsync(IDbContextFactory<SupervisionDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var watch = Stopwatch.StartNew();
        var total = 0L;
        foreach (var sql in new[]
                 {
                     "SELECT COALESCE(SUM(PartyId + MatterId + StreetId + COALESCE(Fine, 0)), 0) AS Value FROM Cases",
                     "SELECT COALESCE(SUM(PartyId + AgencyId + Kind), 0) AS Value FROM Inspections",
                     "SELECT COALESCE(SUM(CaseId + Stage), 0) AS Value FROM CaseStages",
                     "SELECT COALESCE(SUM(CaseId + OfficerId), 0) AS Value FROM CaseOfficers",
                     "SELECT COALESCE(SUM(PartyId + AgencyId), 0) AS Value FROM RectificationOrders",
                     "SELECT COALESCE(SUM(PartyId + Kind), 0) AS Value FROM CompulsoryMeasures",
                     "SELECT COALESCE(SUM(AgencyId + Channel), 0) AS Value FROM Complaints",
                     "SELECT COALESCE(SUM(AgencyId + TrainingYear), 0) AS Value FROM Officers",
                     "SELECT COALESCE(SUM(StreetId + Kind), 0) AS Value FROM Parties",
                 })
            total += await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        if (total == 0) throw new InvalidOperationException("The scan read nothing: is the database empty?");
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> IncrementalAsync(WarningEngine engine, IDbContextFactory<SupervisionDbContext> factory)
    {
        List<RecordTouch> touches;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var cases = await db.Cases.AsNoTracking().OrderByDescending(c => c.FiledAt).Take(20).Select(c => c.Id).ToListAsync();
            var inspections = await db.Inspections.AsNoTracking().OrderByDescending(i => i.StartedAt).Take(21).Select(i => i.Id).ToListAsync();
            touches = [.. cases.Select(id => new RecordTouch("case", id)), .. inspections.Select(id => new RecordTouch("inspection", id))];
        }
        await engine.EvaluateAsync([touches[0]]);
        var times = new List<double>();
        foreach (var t in touches)
        {
            var watch = Stopwatch.StartNew();
            await engine.EvaluateAsync([t]);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return Median(times);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
