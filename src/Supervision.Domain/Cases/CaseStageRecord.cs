namespace Supervision.Domain.Cases;

/// <summary>When a case entered a stage.</summary>
public sealed class CaseStageRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStage Stage { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>
    /// When the center received the stage: a stage reported later than the case is judged from its receipt as well (a late
    /// decision stays in the lookback windows). Null for stages stored before receipts were kept.
    /// </summary>
    public DateTime? ReceivedAt { get; set; }
}
