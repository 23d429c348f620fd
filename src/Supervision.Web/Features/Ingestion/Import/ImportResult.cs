namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>What happened to one row of the file.</summary>
public sealed record RowResult(int Row, string? RecordId, OutcomeStatus Status, IReadOnlyList<RowProblem> Problems)
{
    public bool Accepted => Status is OutcomeStatus.Created or OutcomeStatus.Updated or OutcomeStatus.Unchanged;

    public string StatusText => Status switch
    {
        OutcomeStatus.Created => "新增",
        OutcomeStatus.Updated => "更新",
        OutcomeStatus.Unchanged => "未变化",
        OutcomeStatus.Conflict => "与已有记录冲突,未写入",
        _ => "未通过校验,未写入",
    };
}

/// <summary>One import: the file, when, and every row's result in the file's order.</summary>
public sealed record ImportResult(string FileName, string Title, DateTime AtUtc, IReadOnlyList<RowResult> Rows)
{
    public int Created => Rows.Count(r => r.Status == OutcomeStatus.Created);
    public int Updated => Rows.Count(r => r.Status == OutcomeStatus.Updated);
    public int Unchanged => Rows.Count(r => r.Status == OutcomeStatus.Unchanged);
    public int NotWritten => Rows.Count(r => !r.Accepted);
}
