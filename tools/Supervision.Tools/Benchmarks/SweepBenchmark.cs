using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// <c>bench sweep --db PATH | --postgres CONNECTION [--runs N]</c>: the app on a copy of that database (one made by <c>seed --profile jinan</c>). It sweeps
/// every rule once to raise the warnings (printed as the first sweep), then times N more full sweeps (the steady
/// state a recurring job sees; median), one plain SQL aggregate scanning the same tables in the same run, and the
/// evaluation of single incoming records' subjects (cases and inspections, median over 41 records).
/// </summary>
public static class SweepBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var runs = int.TryParse(Option("--runs"), out var r) && r > 0 ? r : 3;
        await using var database = await BenchmarkDatabase.FromArgumentsAsync(args, output, required: true,
            "usage: bench sweep --db PATH | --postgres CONNECTION [--runs N]; make the database with: seed --profile jinan --db PATH (or --postgres CONNECTION)");
        if (database is null) return 2;
        {
            var app = await database.StartAppAsync();
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
                $"database: a copy of the given {database.Provider} database; {runs} full sweeps after the first; scan = one SQL aggregate over the rules' tables, {scan:F2} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sweep provider={database.Provider} seconds={sweep:F2} scan_ratio={sweep / scan:F1} incremental_ms={incremental:F1} warnings={warnings}"));
            return 0;
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
        // Quoted names and a BIGINT cast so the same SQL runs on SQLite and PostgreSQL.
        foreach (var sql in new[]
                 {
                     "SELECT CAST(COALESCE(SUM(\"PartyId\" + \"MatterId\" + \"StreetId\" + COALESCE(\"Fine\", 0)), 0) AS BIGINT) AS \"Value\" FROM \"Cases\"",
                     "SELECT CAST(COALESCE(SUM(\"PartyId\" + \"AgencyId\" + \"Kind\"), 0) AS BIGINT) AS \"Value\" FROM \"Inspections\"",
                     "SELECT CAST(COALESCE(SUM(\"CaseId\" + \"Stage\"), 0) AS BIGINT) AS \"Value\" FROM \"CaseStages\"",
                     "SELECT CAST(COALESCE(SUM(\"CaseId\" + \"OfficerId\"), 0) AS BIGINT) AS \"Value\" FROM \"CaseOfficers\"",
                     "SELECT CAST(COALESCE(SUM(\"PartyId\" + \"AgencyId\"), 0) AS BIGINT) AS \"Value\" FROM \"RectificationOrders\"",
                     "SELECT CAST(COALESCE(SUM(\"PartyId\" + \"Kind\"), 0) AS BIGINT) AS \"Value\" FROM \"CompulsoryMeasures\"",
                     "SELECT CAST(COALESCE(SUM(\"AgencyId\" + \"Channel\"), 0) AS BIGINT) AS \"Value\" FROM \"Complaints\"",
                     "SELECT CAST(COALESCE(SUM(\"AgencyId\" + \"TrainingYear\"), 0) AS BIGINT) AS \"Value\" FROM \"Officers\"",
                     "SELECT CAST(COALESCE(SUM(\"StreetId\" + \"Kind\"), 0) AS BIGINT) AS \"Value\" FROM \"Parties\"",
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
            touches = [.. cases.Select(id => new RecordTouch(RecordKind.Case, id)), .. inspections.Select(id => new RecordTouch(RecordKind.Inspection, id))];
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
