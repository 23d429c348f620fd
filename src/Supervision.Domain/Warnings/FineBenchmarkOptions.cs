namespace Supervision.Domain.Warnings;

/// <summary>A fine outside the benchmark range its circumstance level and four-list item allow (severity: percent outside).</summary>
public sealed record FineBenchmarkOptions
{
    public int LookbackDays { get; init; } = 30;
    public Escalation Levels { get; init; } = Escalation.Of(0, 0, 20, 50);
}
