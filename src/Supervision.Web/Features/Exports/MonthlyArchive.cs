using System.ComponentModel;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// Files the previous month's city-wide statistics workbook in the archive (cron Exports:ArchiveCron, Asia/Shanghai;
/// the first of the month by default). Idempotent: a month already filed (or being filed) is left alone.
/// </summary>
public sealed class MonthlyArchive(IDbContextFactory<SupervisionDbContext> factory, ExportRunner runner, AuditLog audit, ReferenceData reference, TimeProvider time)
{
    public const string RecurringId = "exports-monthly-archive";
    public const string SystemName = "（系统归档）";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 600, 3600])]
    [DisplayName("月度统计归档")]
    public async Task<int?> FileLastMonthAsync(CancellationToken ct)
    {
        var month = StatisticsFilter.LastCompleteMonth(time);
        int? unfinished;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var filed = await db.ExportJobs
                .Where(e => e.Archived && e.Kind == ExportKind.MonthlyStatistics && e.PeriodLabel == month.Label && e.Status != ExportStatus.Failed)
                .OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Status }).FirstOrDefaultAsync(ct);
            if (filed?.Status == ExportStatus.Done) return null;
            // A filing interrupted when its instance stopped (the row still queued or running) is finished by this run
            // (on whichever instance Hangfire handed it to), not filed a second time.
            unfinished = filed?.Id;
        }
        var id = unfinished ?? await QueueAsync(month, ct);
        await runner.RunAsync(id, ct);
        // A failed filing is on its row; failing the job too lets Hangfire try again (the next try files a new row).
        if (await StatusAsync(id, ct) != ExportStatus.Done) throw new InvalidOperationException($"The archive of {month.Label} failed; see export {id}.");
        await audit.WriteAsync(AuditActions.ExportArchived, $"export:{id}", $"{ExportQueue.FileTitle(ExportKind.MonthlyStatistics)}_{month.Label}", userName: SystemName, ct: ct);
        return id;
    }

    private async Task<int> QueueAsync(StatisticsFilter month, CancellationToken ct)
    {
        var job = ExportQueue.Queued(ExportKind.MonthlyStatistics, new ExportParameters(month.Year, month.Month), agencyScope: null, SystemName, requestedById: null,
            archived: true, reference, time);
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    private async Task<ExportStatus?> StatusAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ExportJobs.Where(e => e.Id == id).Select(e => (ExportStatus?)e.Status).SingleOrDefaultAsync(ct);
    }
}
