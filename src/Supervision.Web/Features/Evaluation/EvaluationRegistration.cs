using System.Security.Claims;
using Microsoft.Extensions.Options;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Evaluation;

public static class EvaluationRegistration
{
    public static WebApplicationBuilder AddEvaluations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var directory = ReferenceData.LocateDirectory(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value.Directory, builder.Environment.ContentRootPath);
            return ChecklistFile.Load(Path.Combine(directory, sp.GetRequiredService<IOptions<EvaluationOptions>>().Value.ChecklistFile));
        });
        builder.Services.AddScoped<CampaignWorkbook>();
        builder.Services.AddScoped<CampaignService>();
        builder.Services.AddScoped<CampaignQueries>();
        return builder;
    }

    public static WebApplication MapEvaluations(this WebApplication app)
    {
        // Loaded here, at start-up, so a broken checklist stops the app with its problems named instead of failing the first evaluator.
        app.Services.GetRequiredService<Checklist>();

        app.MapGet("/evaluations/{id:int}/workbook", async (int id, ClaimsPrincipal user, CampaignWorkbook workbook, AuditLog audit, CancellationToken ct) =>
        {
            var scope = UserDb.AgencyScopeOf(user);
            var content = new MemoryStream();
            var written = await workbook.WriteAsync(id, user, content, ct);
            if (written is null) return Results.NotFound();
            await audit.WriteAsync(AuditActions.EvaluationExported, $"evaluation:{id}",
                $"file={written.FileName}; files={written.Files}; deductions={written.Deductions}" + (scope is { } a ? $"; agency={a}" : ""), actor: user, ct: ct);
            content.Position = 0;
            return Results.File(content, CampaignWorkbook.ContentType, written.FileName);
        }).RequireAuthorization(Policies.Analyse).ExcludeFromDescription();
        return app;
    }
}
