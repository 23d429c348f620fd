namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>One import: the file, when, and every row's result in the file's order.</summary>
public sealed record ImportResult(string FileName, string Title, DateTime AtUtc, IReadOnlyList<RowResult> Rows)
{
    public int Created => Rows.Count(r => r.Status == OutcomeStatus.Created);
    public int Updated => Rows.Count(r => r.Status == OutcomeStatus.Updated);
    public int Unchanged => Rows.Count(r => r.Status == OutcomeStatus.Unchanged);
    public int NotWritten => Rows.Count(r => !r.Accepted);
}
