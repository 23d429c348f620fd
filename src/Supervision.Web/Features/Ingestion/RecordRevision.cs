using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// One accepted change to a record an agency reported: which fields, from what to what, when the center received it
/// and through which key or import file. Revisions are evidence (a supervised agency must not be able to make a
/// warning disappear by resending its own record with other times): they are only ever added, never changed or deleted,
/// and the rules judge by what was received when. The record's first receipt is the record itself (its ReceivedAt).
/// </summary>
public sealed class RecordRevision
{
    public long Id { get; set; }
    public RecordKind Kind { get; set; }
    public int RecordId { get; set; }
    public int AgencyId { get; set; }
    public DateTime ReceivedAt { get; set; }
    /// <summary>How it came: the API key (prefix and label), the import file and who imported it, or the simulator.</summary>
    public required string Source { get; set; }
    /// <summary>The agency's stated reason, required for a correction of a decided penalty.</summary>
    public string? Reason { get; set; }
    /// <summary>The changes as JSON (<see cref="FieldChange"/>s), values in invariant form: instants ISO 8601 UTC, enums by name.</summary>
    public required string Changes { get; set; }
}
