namespace Supervision.Web.Features.Ingestion;

public sealed record BatchItemOutcome(int Index, string? Type, string? Id, string Status, int? RecordId, IReadOnlyDictionary<string, string[]>? Errors, string? Detail);
