namespace Supervision.Domain.Cases;

/// <summary>
/// One approved extension of a case's decision limit (延期) as the center received it. The case holds the one in force
/// (<see cref="Case.ExtendedUntil"/>); these rows keep each approval with its receipt, so a further extension received
/// while the earlier one still ran counts, and one reported after the period had run out does not
/// (<see cref="DecisionPeriod.Clock"/>).
/// </summary>
public sealed class CaseExtension
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly Until { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public string Approver { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
}
