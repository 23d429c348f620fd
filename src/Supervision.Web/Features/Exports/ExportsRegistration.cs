using System.Security.Claims;
using Hangfire;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Exports;

public static class ExportsRegistration
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static WebApplicationBuilder AddExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ExportStorage>();
        builder.Services.AddSingleton<ExportProgress>();
        builder.Services.AddSingleton<ExportLists>();
        builder.Services.AddScoped<ExportCentre>();
        builder.Services.AddScoped<Statistics.IStatisticsExports, StatisticsExports>();
        builder.Services.AddTransient<ExportRunner>();
        builder.Services.AddTransient<MonthlyArchive>();
        return builder;
    }

    /// <summary>
    /// Registers the monthly archive again at every start (Hangfire's in-memory storage forgets it), and, with that
    /// in-memory storage, marks exports a restart interrupted as failed: their Hangfire job went with the old process.
    /// With the shared PostgreSQL storage (docs/scale-out.md) they are left alone: another instance may be running them
    /// right now, and an interrupted one is handed to a running instance by Hangfire itself.
    /// </summary>
    public static async Task StartExportsAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ExportOptions>>().Value;
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<MonthlyArchive>(MonthlyArchive.RecurringId,
            a => a.FileLastMonthAsync(CancellationToken.None), options.ArchiveCron,
            new RecurringJobOptions { TimeZone = Domain.Calendar.ChinaTime.Zone });
        if (app.Services.GetRequiredService<IOptions<Jobs.JobStorageOptions>>().Value.Storage != Jobs.JobStorageKind.InMemory) return;
        var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.SupervisionDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var job in db.ExportJobs.Where(e => e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running))
        {
            job.Status = ExportStatus.Failed;
            job.Error = "服务重启，导出中断，请重新导出。";
            job.FinishedAt = now;
        }
        await db.SaveChangesAsync();
    }

    /// <summary>GET /exports/{id}/file: the file, for whoever may have it (<see cref="ExportCentre.MayDownload"/>); anyone else gets 404, as if there were none.</summary>
    public static WebApplication MapExports(this WebApplication app)
    {
        app.MapGet("/exports/{Id:int}/file", async (int id, ClaimsPrincipal user, ExportCentre centre, ExportStorage storage, AuditLog audit, CancellationToken ct) =>
        {
            var job = await centre.FindAsync(id, ct);
            if (job is not { Status: ExportStatus.Done, StoredName: { } stored } || !ExportCentre.MayDownload(user, job)) return Results.NotFound();
            var path = storage.PathOf(stored);
            if (!File.Exists(path)) return Results.NotFound();
            await audit.WriteAsync(AuditActions.ExportDownloaded, $"export:{id}", job.FileName, actor: user, ct: ct);
            return Results.File(path, ExcelType, job.FileName);
        }).RequireAuthorization(Policies.Analyse).ExcludeFromDescription();
        return app;
    }
}
