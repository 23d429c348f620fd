using System.Security.Claims;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// Import for agencies without a system of their own: the page <c>/import</c>, the templates and the last report.
/// Only agency liaisons (<see cref="Policies.ActForAgency"/>) import, and always for their own agency (or one under it,
/// by 执法单位代码, checked by the writer as for an API key). Administrators are deliberately left out: they have no
/// agency, and letting them write any agency's records from a spreadsheet would be a second, weaker way round the
/// per-agency keys; an agency without a liaison gets one on /admin/users.
/// </summary>
public static class ImportRegistration
{
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RecordImport>();
        builder.Services.AddSingleton<ImportReports>();
        return builder;
    }

    public static WebApplication MapImport(this WebApplication app)
    {
        var import = app.MapGroup("/import").RequireAuthorization(Policies.ActForAgency).WithTags("Import").ExcludeFromDescription();
        import.MapGet("/template/{kind}.xlsx", (string kind, TimeProvider time) =>
            ImportTemplates.Find(kind) is { } template
                ? Results.File(ImportWorkbooks.TemplateExcel(template, DateOnly.FromDateTime(ChinaTime.Today(time))),
                    ImportWorkbooks.ExcelType, $"{template.Title}导入模板.xlsx")
                : Results.NotFound());
        import.MapGet("/template/{kind}.csv", (string kind, TimeProvider time) =>
            ImportTemplates.Find(kind) is { } template
                ? Results.File(ImportWorkbooks.TemplateCsv(template, DateOnly.FromDateTime(ChinaTime.Today(time))), ImportWorkbooks.CsvType, $"{template.Title}导入模板.csv")
                : Results.NotFound());
        // Each person gets only their own last report: it is found by the signed-in user's id, never by a parameter.
        import.MapGet("/report.xlsx", (ClaimsPrincipal user, ImportReports reports) =>
            user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && reports.Last(id) is { } report
                ? Results.File(report.Content, ImportWorkbooks.ExcelType, report.FileName)
                : Results.NotFound());
        return app;
    }
}
