using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Data;
using Supervision.Web.Features.Exports;
using Supervision.Web.Features.Statistics;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// <c>bench export --db PATH [--rows N]</c>: the app on a copy of PATH (e.g. a <c>seed --profile jinan</c> file). It
/// times the monthly statistics workbook for the last complete month, city-wide (figures and file, median of 3), and a
/// list of N cases (default 100,000; 10 columns) written twice from the same query: streamed with OpenXmlWriter (what
/// the app uses for lists) and built with ClosedXML, with the peak memory of each.
/// </summary>
public static class ExportBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var rows = int.TryParse(Option("--rows"), out var n) && n > 0 ? n : 100_000;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        await using var database = await BenchmarkDatabase.FromArgumentsAsync(args, output, required: true,
            "usage: bench export --db PATH | --postgres CONNECTION [--rows N]; make the database with: seed --profile jinan --db PATH (or --postgres CONNECTION)");
        if (database is null) return 2;
        var dir = database.Folder;
        {
            var app = await database.StartAppAsync();
            var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
            var lists = app.Services.GetRequiredService<ExportLists>();
            using var scope = app.Services.CreateScope();
            var statistics = scope.ServiceProvider.GetRequiredService<MonthlyStatistics>();
            var month = StatisticsFilter.LastCompleteMonth(app.Services.GetRequiredService<TimeProvider>());

            var monthly = new List<double>();
            var agencies = 0;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                await using var db = await factory.CreateDbContextAsync();
                var report = await statistics.ReadAsync(db, month);
                using var file = new MemoryStream();
                MonthlyWorkbook.Write(report, "全市", file);
                monthly.Add(watch.Elapsed.TotalSeconds);
                agencies = report.ByAgency.Count;
            }
            monthly.Sort();

            // Reading the rows alone: what any writer costs at least.
            var readOnly = await MeasureAsync(factory, lists, rows, Path.Combine(dir, "none"), async (file, list) =>
            {
                var count = 0;
                await foreach (var _ in list.Rows(CancellationToken.None)) count++;
                return count;
            });
            // Streamed first: the working set does not shrink after ClosedXML's build, which would hide a later peak.
            var streamed = await MeasureAsync(factory, lists, rows, Path.Combine(dir, "streamed.xlsx"), (file, list) =>
                StreamedList.WriteAsync(file, list.SheetName, list.Columns, list.Rows(CancellationToken.None)));
            var closed = await MeasureAsync(factory, lists, rows, Path.Combine(dir, "closedxml.xlsx"), WithClosedXmlAsync);
            await app.StopAsync();
            if (streamed.Rows != closed.Rows) throw new InvalidOperationException($"The two lists differ: {streamed.Rows} and {closed.Rows} rows.");

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"database: a copy of the given {database.Provider} database; monthly workbook {month.Label} ({agencies} agencies, 7 sheets) " +
                $"runs {string.Join(", ", monthly.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s; " +
                $"list of {streamed.Rows} cases x 10 columns: reading the rows alone {readOnly.Seconds:F2} s; " +
                $"streamed (OpenXmlWriter) {streamed.Seconds:F2} s, peak +{streamed.PeakMb:F0} MB, {streamed.FileMb:F1} MB file; " +
                $"ClosedXML {closed.Seconds:F2} s, peak +{closed.PeakMb:F0} MB, {closed.FileMb:F1} MB file " +
                $"(peak = working set above the baseline before the build, sampled every 20 ms)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export monthly_s={monthly[1]:F2} list_s={streamed.Seconds:F2} list_peak_mb={streamed.PeakMb:F0} " +
                $"stream_ratio={closed.Seconds / streamed.Seconds:F2} rows={streamed.Rows}"));
            return 0;
        }
    }

    private sealed record Measured(double Seconds, double PeakMb, double FileMb, int Rows);

    /// <summary>
    /// Times one list build and samples the process's working set (Process.WorkingSet64, refreshed) every 20 ms on a
    /// background thread; the peak is reported above the baseline taken after a full collection just before the build.
    /// The working set, not the managed heap: it is what the machine must have, native buffers and all.
    /// </summary>
    private static async Task<Measured> MeasureAsync(IDbContextFactory<SupervisionDbContext> factory, ExportLists lists, int rows, string path,
        Func<Stream, ListSource, Task<int>> write)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try { await Task.Delay(20, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var watch = Stopwatch.StartNew();
        int written;
        await using (var db = await factory.CreateDbContextAsync())
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            written = await write(file, lists.CaseSource(db.Cases.AsNoTracking().OrderBy(c => c.Id).Take(rows)));
        var seconds = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return new(seconds, (peak - baseline) / 1024.0 / 1024.0, new FileInfo(path).Length / 1024.0 / 1024.0, written);
    }

    /// <summary>The same list with ClosedXML, rows set as they are read, as the app would have to do it without the streamed writer.</summary>
    private static async Task<int> WithClosedXmlAsync(Stream file, ListSource list)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(list.SheetName);
        for (var c = 0; c < list.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = list.Columns[c].Header;
            sheet.Column(c + 1).Width = list.Columns[c].Width;
            sheet.Column(c + 1).Style.NumberFormat.Format = list.Columns[c].Kind switch
            {
                ListCell.Time => "yyyy-mm-dd hh:mm",
                ListCell.Day => "yyyy-mm-dd",
                ListCell.Money => "\"¥\"#,##0",
                ListCell.Number => "#,##0",
                _ => "@",
            };
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var r = 1;
        await foreach (var values in list.Rows(CancellationToken.None))
        {
            r++;
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (values[c])
                {
                    case null: break;
                    case DateTime t: cell.SetValue(list.Columns[c].Kind == ListCell.Time ? ChinaTime.ToLocal(t) : t); break;
                    case long l: cell.SetValue(l); break;
                    case int i: cell.SetValue(i); break;
                    default: cell.SetValue(values[c]!.ToString()); break;
                }
            }
        }
        workbook.SaveAs(file);
        return r - 1;
    }
}
