namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// What became of one record. <see cref="Forbidden"/>: its agency code names a real agency the sender may not write for
/// (neither its own nor one under it); nothing of it is written, and the single-record endpoints answer 403.
/// </summary>
public enum OutcomeStatus { Created, Updated, Unchanged, Rejected, Conflict, Forbidden }
