namespace Supervision.Web.Features.Ingestion;

/// <summary>What happened to one record.</summary>
public sealed record RecordOutcome(string? Id, OutcomeStatus Status, int? RecordId = null, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null);
