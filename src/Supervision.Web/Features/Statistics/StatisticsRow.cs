namespace Supervision.Web.Features.Statistics;

public sealed record StatisticsRow(string Key, string Name, Figures Figures);
