using Supervision.Web.Features.Statistics;

namespace Supervision.Web.Features.Exports;

/// <summary>The statistics page's export buttons, served by the export centre.</summary>
public sealed class StatisticsExports(ExportCentre centre) : IStatisticsExports
{
    public Task RequestWorkbookAsync(StatisticsFilter filter, CancellationToken ct) => centre.RequestAsync(ExportKind.MonthlyStatistics, Parameters(filter), ct);

    public Task RequestCasesListAsync(StatisticsFilter filter, CancellationToken ct) => centre.RequestAsync(ExportKind.CasesList, Parameters(filter), ct);

    private static ExportParameters Parameters(StatisticsFilter f) => new(f.Year, f.Month, f.AgencyId, f.DistrictId, f.Sector);
}
