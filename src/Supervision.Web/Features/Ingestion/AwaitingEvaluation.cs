namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// The records one write (an API request, a batch, an import chunk) accepted and the warning rules have not yet all
/// judged, written in the same transaction as the records: the evaluation queue lives in memory, and what a crash takes
/// from it is found here at the next start instead of waiting for the nightly sweep. One row per write, not per record,
/// so that it costs the ingestion one insert; it is deleted once its last record has been evaluated
/// (<c>EvaluationBacklog</c>).
/// </summary>
public sealed class AwaitingEvaluation
{
    public const int TouchesLength = 32_000;

    public long Id { get; set; }
    /// <summary>The distinct records, "kind:id:revised;…" (kind as the <c>RecordKind</c> number, revised 0 or 1).</summary>
    public required string Touches { get; set; }
    public int Count { get; set; }
    public DateTime AcceptedAt { get; set; }
}
