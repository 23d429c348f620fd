namespace Supervision.Domain.Warnings;

/// <summary>A complaint not handled by its deadline (severity: Shanghai days since the deadline's day, 0 on that day).</summary>
public sealed record OverdueComplaintOptions
{
    public Escalation Levels { get; init; } = Escalation.Of(0, 3, 7, 15);
}
