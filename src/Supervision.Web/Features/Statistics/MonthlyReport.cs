namespace Supervision.Web.Features.Statistics;

public sealed record MonthlyReport(
    StatisticsFilter Filter,
    DateTime AtUtc,
    IReadOnlyList<StatisticsRow> ByAgency,
    IReadOnlyList<StatisticsRow> ByDistrict,
    IReadOnlyList<StatisticsRow> BySector,
    Figures Total);
