namespace Supervision.Web.Features.Ingestion;

public sealed record EvaluationIn(int? Score, string? Comment, DateTimeOffset? At);
