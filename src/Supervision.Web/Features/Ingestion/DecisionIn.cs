namespace Supervision.Web.Features.Ingestion;

public sealed record DecisionIn(string? Penalty, long? Fine, string? DiscretionLevel, string? FourListItemCode);
