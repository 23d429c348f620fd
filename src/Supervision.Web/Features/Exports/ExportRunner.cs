using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// Runs one export (a Hangfire job): reads with the requester's agency scope, writes the file under a temporary name
/// and renames it when complete, so a half-written file is never offered. Progress goes to the row (every few percent)
/// and to <see cref="ExportProgress"/> (every thousand rows). A failure is recorded on the row, not retried: the person
/// sees it and can ask again.
/// </summary>
public sealed class ExportRunner(IDbContextFactory<SupervisionDbContext> factory, MonthlyStatistics statistics, ExportLists lists, ExportStorage storage,
    ExportProgress progress, ReferenceData reference, TimeProvider time, ILogger<ExportRunner> log)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [AutomaticRetry(Attempts = 0)]
    [DisplayName("导出 #{0}")]
    public async Task RunAsync(int exportId, CancellationToken ct)
    {
        // The files are for leaders reading Chinese, whoever asked and in whatever language their screen is.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Chinese;
        try
        {
            await RunInChineseAsync(exportId, ct);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task RunInChineseAsync(int exportId, CancellationToken ct)
    {
        ExportJob job;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            job = await db.ExportJobs.SingleOrDefaultAsync(e => e.Id == exportId, ct) ?? throw new InvalidOperationException($"Export {exportId} does not exist.");
            if (job.Status is ExportStatus.Done or ExportStatus.Failed) return;
            job.Status = ExportStatus.Running;
            job.StartedAt = time.GetUtcNow().UtcDateTime;
            job.Progress = 0;
            await db.SaveChangesAsync(ct);
        }
        progress.Publish(new(job.Id, ExportStatus.Running, 0, 0));

        System.IO.Directory.CreateDirectory(storage.Directory);
        var storedName = $"{job.Id}-{Guid.NewGuid():N}.xlsx";
        var partial = storage.PathOf(storedName) + ".part";
        try
        {
            var parameters = JsonSerializer.Deserialize<ExportParameters>(job.Parameters) ?? throw new InvalidOperationException("The export has no parameters.");
            int rows;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                rows = await WriteAsync(job, parameters, file, ct);
            File.Move(partial, storage.PathOf(storedName), overwrite: true);
            await UpdateAsync(job.Id, j =>
            {
                j.Status = ExportStatus.Done;
                j.Progress = 100;
                j.Rows = rows;
                j.StoredName = storedName;
                j.Size = new FileInfo(storage.PathOf(storedName)).Length;
                j.FinishedAt = time.GetUtcNow().UtcDateTime;
            }, CancellationToken.None);
            progress.Publish(new(job.Id, ExportStatus.Done, 100, rows));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The instance is stopping (Hangfire's shutdown token): the job goes back to the queue and, with a shared job
            // storage, another instance runs it again from the start under a new file name. The row stays Running
            // until then; only the half-written file goes.
            try { File.Delete(partial); } catch (IOException) { }
            log.LogInformation("Export {Id} interrupted by shutdown; it is queued again", job.Id);
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Export {Id} ({Kind}) failed", job.Id, job.Kind);
            try { File.Delete(partial); } catch (IOException) { }
            await UpdateAsync(job.Id, j =>
            {
                j.Status = ExportStatus.Failed;
                j.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                j.FinishedAt = time.GetUtcNow().UtcDateTime;
            }, CancellationToken.None);
            progress.Publish(new(job.Id, ExportStatus.Failed, job.Progress, 0));
        }
    }

    private async Task<int> WriteAsync(ExportJob job, ExportParameters p, Stream file, CancellationToken ct)
    {
        await using var db = (await factory.CreateDbContextAsync(ct)).ScopeTo(job.AgencyScope);
        if (job.Kind == ExportKind.MonthlyStatistics)
        {
            var report = await statistics.ReadAsync(db, new StatisticsFilter(p.Year, p.Month, p.AgencyId, p.DistrictId, p.Sector), ct);
            await ReportAsync(job.Id, 50, report.ByAgency.Count);
            MonthlyWorkbook.Write(report, ScopeDescription(job.AgencyScope, p), file, job.RequestedBy);
            return report.ByAgency.Count;
        }

        var source = lists.For(job.Kind, db, p);
        var total = await source.CountAsync(ct);
        var lastSaved = 0;
        var pending = Task.CompletedTask;
        // Printed at the top of each page: which list, of which month for the cases, and whose.
        var heading = source.SheetName + (job.Kind == ExportKind.CasesList ? UiText.Format("Exports.List.Month", p.Year, p.Month) : "")
            + "　" + ScopeDescription(job.AgencyScope, p);
        var rows = await StreamedList.WriteAsync(file, source.SheetName, source.Columns, source.Rows(ct), written =>
        {
            var percent = total == 0 ? 99 : Math.Min(99, written * 100 / total);
            progress.Publish(new(job.Id, ExportStatus.Running, percent, written));
            // The row is updated every five percent: enough for a page opened mid-way, few writes for SQLite.
            if (percent >= lastSaved + 5 && pending.IsCompleted)
            {
                lastSaved = percent;
                pending = ReportAsync(job.Id, percent, written);
            }
        }, ct, heading);
        // The last progress write lands before the final state, never after it.
        await pending;
        return rows;
    }

    /// <summary>How far a job has got, best effort (a lost progress write does no harm; the final state is written for sure).</summary>
    private async Task ReportAsync(int id, int percent, int rows)
    {
        try
        {
            await UpdateAsync(id, j => { j.Progress = Math.Max(j.Progress, percent); j.Rows = rows; }, CancellationToken.None);
            progress.Publish(new(id, ExportStatus.Running, percent, rows));
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            log.LogDebug(e, "Progress of export {Id} not saved", id);
        }
    }

    private async Task UpdateAsync(int id, Action<ExportJob> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var job = await db.ExportJobs.SingleAsync(e => e.Id == id, ct);
        change(job);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whose figures the workbook holds, for its second row: 全市, or the agency, plus any filters.</summary>
    private string ScopeDescription(int? agencyScope, ExportParameters p)
    {
        var parts = new List<string>();
        string? AgencyName(int id) => reference.Agencies.FirstOrDefault(a => a.Id == id)?.Name;
        parts.Add(agencyScope is { } own ? AgencyName(own) ?? "" : UiText.Get("Statistics.City"));
        if (p.AgencyId is { } a && a != agencyScope) parts.Add(AgencyName(a) ?? "");
        if (p.DistrictId is { } d) parts.Add(reference.Regions.FirstOrDefault(r => r.Id == d)?.Name ?? "");
        if (p.Sector is { } s) parts.Add(Terms.Of(s));
        return string.Join("·", parts.Where(x => x.Length > 0));
    }
}
