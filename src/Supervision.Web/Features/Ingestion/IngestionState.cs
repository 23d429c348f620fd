namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// What operators must know about the ingestion: batches refused because the database could not take them (in the
/// last <see cref="IngestionStatus.Window"/>), and the health checks that fail now, by name (database, disk).
/// </summary>
public sealed record IngestionState(int RefusedRecently, int RefusedTotal, DateTime? LastRefusedAt, IReadOnlyList<string> FailingChecks)
{
    public static readonly IngestionState Fine = new(0, 0, null, []);

    public bool Troubled => RefusedRecently > 0 || FailingChecks.Count > 0;
}
