namespace Supervision.Domain.Cases;

/// <summary>
/// A period in which a case was suspended (中止): its days, first and last included, are not counted in the decision
/// limit (<see cref="DecisionPeriod"/>). Shanghai calendar days; an open suspension has no end yet and stops the clock
/// until it ends.
/// </summary>
public sealed class CaseSuspension
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public SuspensionReason Reason { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>What the suspension was for, in the agency's words (e.g. the laboratory, the hearing's notice number).</summary>
    public string? Note { get; set; }
    /// <summary>When the center received it: one reported after the deadline it would move does not move it (<see cref="DecisionPeriod.Clock"/>).</summary>
    public DateTime? ReceivedAt { get; set; }
}
