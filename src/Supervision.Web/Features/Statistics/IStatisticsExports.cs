namespace Supervision.Web.Features.Statistics;

/// <summary>What the statistics page may ask of the export centre for the figures on screen.</summary>
/// <remarks>
/// Declared here and implemented by Features/Exports (which builds its workbooks from <see cref="MonthlyStatistics"/>),
/// so the dependency runs one way: Exports → Statistics. <c>FeatureDependencyTests</c> fails on a cycle.
/// </remarks>
public interface IStatisticsExports
{
    /// <summary>Queues the month's statistics workbook for the person signed in.</summary>
    Task RequestWorkbookAsync(StatisticsFilter filter, CancellationToken ct);

    /// <summary>Queues the list of the month's cases for the person signed in.</summary>
    Task RequestCasesListAsync(StatisticsFilter filter, CancellationToken ct);
}
