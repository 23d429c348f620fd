namespace Supervision.Domain.Warnings;

/// <summary>Separate same-kind inspections after a joint inspection in the same year (severity: such inspections).</summary>
public sealed record RepeatAfterJointOptions
{
    /// <summary>The plan says "in principle not again", so the first one is already yellow.</summary>
    public Escalation Levels { get; init; } = Escalation.Of(1, 1, 2, 3);
}
