using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>What happened to one row of the file.</summary>
public sealed record RowResult(int Row, string? RecordId, OutcomeStatus Status, IReadOnlyList<FieldError> Problems)
{
    public bool Accepted => Status is OutcomeStatus.Created or OutcomeStatus.Updated or OutcomeStatus.Unchanged;

    public string StatusText => Status switch
    {
        OutcomeStatus.Created => "新增",
        OutcomeStatus.Updated => "更新",
        OutcomeStatus.Unchanged => "未变化",
        OutcomeStatus.Conflict => "与已有记录冲突，未写入",
        OutcomeStatus.Forbidden => "无权为该单位报送，未写入",
        _ => "未通过校验，未写入",
    };
}
