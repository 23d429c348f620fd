namespace Supervision.Web.Features.Ingestion;

public sealed record StageIn(string? Stage, DateTimeOffset? At);
