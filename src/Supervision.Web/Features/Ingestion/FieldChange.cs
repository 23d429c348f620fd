namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// One field of a revision: its property name and the old and new values in invariant form (instants ISO 8601 UTC,
/// days yyyy-MM-dd, enums by name, references by the name people know them by). Null is "not given".
/// </summary>
public sealed record FieldChange(string Field, string? Old, string? New);
