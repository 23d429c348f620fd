namespace Supervision.Domain.Warnings;

/// <summary>Deadline passed without a follow-up review (severity: calendar days after the deadline).</summary>
public sealed record OverdueRectificationOptions
{
    public Escalation Levels { get; init; } = Escalation.Of(1, 8, 15, 30);
}
