namespace Supervision.Domain.Cases;

/// <summary>When a case entered a stage.</summary>
public sealed class CaseStageRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStage Stage { get; set; }
    public DateTime OccurredAt { get; set; }
}
