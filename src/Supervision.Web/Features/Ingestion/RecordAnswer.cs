namespace Supervision.Web.Features.Ingestion;

/// <summary>The answer to one stored record: the agency's id, the center's record id, and created, updated or unchanged.</summary>
public sealed record RecordAnswer(string? Id, int? RecordId, string Status);
