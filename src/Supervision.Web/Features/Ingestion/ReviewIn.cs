namespace Supervision.Web.Features.Ingestion;

public sealed record ReviewIn(DateTimeOffset? At, string? Result);
