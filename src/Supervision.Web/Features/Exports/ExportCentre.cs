using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Features.Statistics;

namespace Supervision.Web.Features.Exports;

public sealed record ExportRow(int Id, ExportKind Kind, string PeriodLabel, string RequestedBy, ExportStatus Status, int Progress, int Rows, string FileName,
    long Size, DateTime CreatedAt, DateTime? FinishedAt, string? Error, bool Archived);

/// <summary>
/// Asking for exports and finding them again, as the signed-in person: a request is stored, audited and queued; the
/// list holds one's own exports (an admin's: everyone's); the archive holds the monthly filings, city-wide, for every
/// city-wide role. An agency liaison's exports are confined to its agency when they run (the row keeps the scope).
/// </summary>
public sealed class ExportCentre(IDbContextFactory<SupervisionDbContext> factory, CurrentUser currentUser, AuditLog audit, IBackgroundJobClient jobs,
    ReferenceData reference, TimeProvider time)
{
    public async Task<int> RequestAsync(ExportKind kind, ExportParameters parameters, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync();
        var scope = UserDb.AgencyScopeOf(user);
        var id = await CreateAsync(kind, parameters, scope, user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.NameIdentifier), archived: false, ct);
        var job = await FindAsync(id, ct);
        await audit.WriteAsync(AuditActions.ExportRequested, $"export:{id}", job!.FileName, actor: user, ct: ct);
        jobs.Enqueue<ExportRunner>(r => r.RunAsync(id, CancellationToken.None));
        return id;
    }

    /// <summary>Stores a queued export; its file name carries the report, the scope (a liaison's agency) and the period.</summary>
    public async Task<int> CreateAsync(ExportKind kind, ExportParameters p, int? agencyScope, string requestedBy, string? requestedById, bool archived, CancellationToken ct)
    {
        var period = kind is ExportKind.MonthlyStatistics or ExportKind.CasesList
            ? new StatisticsFilter(p.Year, p.Month).Label
            : DateOnly.FromDateTime(ChinaTime.Today(time)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scopeName = agencyScope is { } a ? reference.Agencies.FirstOrDefault(x => x.Id == a)?.Name : null;
        var fileName = $"{FileTitle(kind)}{(scopeName is null ? "" : "_" + scopeName)}_{period}.xlsx";
        await using var db = await factory.CreateDbContextAsync(ct);
        var job = new ExportJob
        {
            Kind = kind,
            // A liaison's export is its agency's whatever the request says: the scope, applied when it runs, decides.
            Parameters = JsonSerializer.Serialize(agencyScope is null ? p : p with { AgencyId = null }),
            PeriodLabel = period,
            RequestedBy = requestedBy,
            RequestedById = requestedById,
            AgencyScope = agencyScope,
            Status = ExportStatus.Queued,
            FileName = fileName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Archived = archived,
        };
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    /// <summary>The report's name in file names, always Chinese (月度统计, 预警清单…), whatever the screen's language.</summary>
    public static string FileTitle(ExportKind kind) => kind switch
    {
        ExportKind.MonthlyStatistics => "月度统计",
        ExportKind.WarningsList => "预警清单",
        ExportKind.NoticesList => "监督文书清单",
        _ => "案件清单",
    };

    /// <summary>One's own exports, newest first (an admin: everyone's requests; the archive is listed apart).</summary>
    public async Task<IReadOnlyList<ExportRow>> MineAsync(int take = 100, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync();
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.ExportJobs.AsNoTracking().Where(e => !e.Archived);
        if (!user.IsInRole(Roles.Admin)) q = q.Where(e => e.RequestedById == me);
        return await Rows(q.OrderByDescending(e => e.Id).Take(take)).ToListAsync(ct);
    }

    /// <summary>The monthly archive, newest month first: city-wide figures, so not for agency liaisons.</summary>
    public async Task<IReadOnlyList<ExportRow>> ArchiveAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync();
        if (UserDb.AgencyScopeOf(user) is not null) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Rows(db.ExportJobs.AsNoTracking().Where(e => e.Archived && e.Status == ExportStatus.Done).OrderByDescending(e => e.PeriodLabel)).ToListAsync(ct);
    }

    public async Task<ExportJob?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
    }

    /// <summary>Who may download an export: its requester, an admin, and for archived (city-wide) files any city-wide role.</summary>
    public static bool MayDownload(ClaimsPrincipal user, ExportJob job)
    {
        if (user.IsInRole(Roles.Admin)) return true;
        if (job.RequestedById is not null && job.RequestedById == user.FindFirstValue(ClaimTypes.NameIdentifier)) return true;
        return job.Archived && UserDb.AgencyScopeOf(user) is null;
    }

    private static IQueryable<ExportRow> Rows(IQueryable<ExportJob> q) =>
        q.Select(e => new ExportRow(e.Id, e.Kind, e.PeriodLabel, e.RequestedBy, e.Status, e.Progress, e.Rows, e.FileName, e.Size, e.CreatedAt, e.FinishedAt, e.Error, e.Archived));
}

/// <summary>
/// Files the previous month's city-wide statistics workbook in the archive (cron Exports:ArchiveCron, Asia/Shanghai;
/// the first of the month by default). Idempotent: a month already filed (or being filed) is left alone.
/// </summary>
public sealed class MonthlyArchive(IDbContextFactory<SupervisionDbContext> factory, ExportCentre centre, ExportRunner runner, AuditLog audit, TimeProvider time)
{
    public const string RecurringId = "exports-monthly-archive";
    public const string SystemName = "(系统归档)";

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
        var id = unfinished
            ?? await centre.CreateAsync(ExportKind.MonthlyStatistics, new ExportParameters(month.Year, month.Month), agencyScope: null, SystemName, requestedById: null, archived: true, ct);
        await runner.RunAsync(id, ct);
        // A failed filing is on its row; failing the job too lets Hangfire try again (the next try files a new row).
        if ((await centre.FindAsync(id, ct))?.Status != ExportStatus.Done) throw new InvalidOperationException($"The archive of {month.Label} failed; see export {id}.");
        await audit.WriteAsync(AuditActions.ExportArchived, $"export:{id}", $"{ExportCentre.FileTitle(ExportKind.MonthlyStatistics)}_{month.Label}", userName: SystemName, ct: ct);
        return id;
    }
}
