using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>A case stage past its statutory limit (severity: calendar days after the deadline).</summary>
public sealed record CaseTimeLimitOptions
{
    public int DecisionDays { get; init; } = CaseTimeLimits.DecisionDays;
    public int ServiceWorkingDays { get; init; } = CaseTimeLimits.ServiceWorkingDays;
    /// <summary>A stage that did happen, late, stays a warning for these days after it happened.</summary>
    public int LookbackDays { get; init; } = 30;
    public Escalation Levels { get; init; } = Escalation.Of(1, 8, 15, 30);
}
