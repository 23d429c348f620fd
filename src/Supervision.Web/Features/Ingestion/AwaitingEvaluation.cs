using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// A record accepted but not yet judged by the warning rules, written in the same transaction as the record: the
/// evaluation queue lives in memory, and what a crash takes from it is found here at the next start instead of
/// waiting for the nightly sweep. The evaluation deletes it.
/// </summary>
public sealed class AwaitingEvaluation
{
    public long Id { get; set; }
    public RecordKind Kind { get; set; }
    public int RecordId { get; set; }
    /// <summary>A resend that changed a stored record (see <c>RecordTouch.Revised</c>).</summary>
    public bool Revised { get; set; }
    public DateTime AcceptedAt { get; set; }
}
