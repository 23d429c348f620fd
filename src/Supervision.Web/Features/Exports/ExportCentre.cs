using System.Security.Claims;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// Asking for exports and finding them again, as the signed-in person: a request is stored, audited and queued; the
/// list holds one's own exports (an admin's: everyone's); the archive holds the monthly filings, city-wide, for every
/// city-wide role. An agency liaison's exports are confined to its agency when they run (the row keeps the scope).
/// </summary>
public sealed class ExportCentre(UserDb userDb, CurrentUser currentUser, AuditLog audit, IBackgroundJobClient jobs,
    ReferenceData reference, TimeProvider time)
{
    public async Task<int> RequestAsync(ExportKind kind, ExportParameters parameters, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync();
        var scope = UserDb.AgencyScopeOf(user);
        // Written as the person is known on screens (演示分析员), not by login name.
        var name = user.FindFirstValue(AccessClaims.DisplayName) ?? user.Identity?.Name ?? "";
        var job = ExportQueue.Queued(kind, parameters, scope, name, user.FindFirstValue(ClaimTypes.NameIdentifier), archived: false, reference, time);
        await using (var db = await userDb.OpenAsync(user, ct))
        {
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync(ct);
        }
        var id = job.Id;
        await audit.WriteAsync(AuditActions.ExportRequested, $"export:{id}", job.FileName, actor: user, ct: ct);
        jobs.Enqueue<ExportRunner>(r => r.RunAsync(id, CancellationToken.None));
        return id;
    }

    /// <summary>One's own exports, newest first (an admin: everyone's requests; the archive is listed apart).</summary>
    public async Task<IReadOnlyList<ExportRow>> MineAsync(int take = 100, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync();
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await userDb.OpenAsync(user, ct);
        var q = db.ExportJobs.AsNoTracking().Where(e => !e.Archived);
        if (!user.IsInRole(Roles.Admin)) q = q.Where(e => e.RequestedById == me);
        return await Rows(q.OrderByDescending(e => e.Id).Take(take)).ToListAsync(ct);
    }

    /// <summary>The monthly archive, newest month first: city-wide figures, so not for agency liaisons.</summary>
    public async Task<IReadOnlyList<ExportRow>> ArchiveAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync();
        if (UserDb.AgencyScopeOf(user) is not null) return [];
        await using var db = await userDb.OpenAsync(user, ct);
        return await Rows(db.ExportJobs.AsNoTracking().Where(e => e.Archived && e.Status == ExportStatus.Done).OrderByDescending(e => e.PeriodLabel)).ToListAsync(ct);
    }

    public async Task<ExportJob?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
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
