namespace Supervision.Domain.Warnings;

/// <summary>Several agencies inspecting one enterprise separately in a short window (severity: distinct agencies).</summary>
public sealed record MultiAgencyInspectionOptions
{
    public int WindowDays { get; init; } = 7;
    public Escalation Levels { get; init; } = Escalation.Of(3, 4, 5, 6);
}
