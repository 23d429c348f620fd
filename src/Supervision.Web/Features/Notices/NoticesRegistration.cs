using System.Security.Claims;
using Hangfire;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Notices;

public static class NoticesRegistration
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NoticeFeed>();
        builder.Services.AddScoped<NoticeWallQuery>();
        builder.Services.AddScoped<NoticeService>();
        builder.Services.AddScoped<NoticeQueries>();
        builder.Services.AddTransient<NoticeJobs>();
        builder.Services.AddTransient<NoticeEscalation>();
        return builder;
    }

    /// <summary>The attachment download, and the hourly escalation (re-registered at every start: the job storage is in memory).</summary>
    public static WebApplication MapNotices(this WebApplication app)
    {
        app.MapGet("/notices/{id:int}/attachments/{attachmentId:int}", DownloadAsync).RequireAuthorization(Policies.ReadNotices);
        var options = app.Services.GetRequiredService<IOptions<NoticeOptions>>().Value;
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<NoticeJobs>(NoticeJobs.EscalationId, j => j.EscalateAsync(CancellationToken.None),
            options.EscalationCron, new RecurringJobOptions { TimeZone = Domain.Calendar.ChinaTime.Zone });
        return app;
    }

    public static string DownloadLink(int noticeId, int attachmentId) => $"/notices/{noticeId}/attachments/{attachmentId}";

    private static async Task<IResult> DownloadAsync(int id, int attachmentId, NoticeQueries queries, AuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        // Scoped like every read: another agency's attachment is simply not found.
        if (await queries.AttachmentAsync(id, attachmentId, ct) is not { } file) return Results.NotFound();
        await audit.WriteAsync(AuditActions.NoticeAttachmentRead, $"notice:{id}", $"attachment={attachmentId}; file={file.FileName}", actor: user, ct: ct);
        // Always a download, never rendered in the app's origin.
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
