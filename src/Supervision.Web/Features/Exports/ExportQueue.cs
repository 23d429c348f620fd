using System.Globalization;
using System.Text.Json;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// A new export's row, the same whether a person asks (<see cref="ExportCentre"/>) or the monthly archive files one
/// (<see cref="MonthlyArchive"/>); each caller saves it through its own context.
/// </summary>
public static class ExportQueue
{
    /// <summary>A queued export; its file name carries the report, the scope (a liaison's agency) and the period.</summary>
    public static ExportJob Queued(ExportKind kind, ExportParameters p, int? agencyScope, string requestedBy, string? requestedById, bool archived,
        ReferenceData reference, TimeProvider time)
    {
        var period = kind is ExportKind.MonthlyStatistics or ExportKind.CasesList
            ? new StatisticsFilter(p.Year, p.Month).Label
            : DateOnly.FromDateTime(ChinaTime.Today(time)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scopeName = agencyScope is { } a ? reference.Agencies.FirstOrDefault(x => x.Id == a)?.Name : null;
        return new ExportJob
        {
            Kind = kind,
            // A liaison's export is its agency's whatever the request says: the scope, applied when it runs, decides.
            Parameters = JsonSerializer.Serialize(agencyScope is null ? p : p with { AgencyId = null }),
            PeriodLabel = period,
            RequestedBy = requestedBy,
            RequestedById = requestedById,
            AgencyScope = agencyScope,
            Status = ExportStatus.Queued,
            FileName = $"{FileTitle(kind)}{(scopeName is null ? "" : "_" + scopeName)}_{period}.xlsx",
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Archived = archived,
        };
    }

    /// <summary>The report's name in file names, always Chinese (月度统计, 预警清单…), whatever the screen's language.</summary>
    public static string FileTitle(ExportKind kind) => kind switch
    {
        ExportKind.MonthlyStatistics => "月度统计",
        ExportKind.WarningsList => "预警清单",
        ExportKind.NoticesList => "监督文书清单",
        _ => "案件清单",
    };
}
