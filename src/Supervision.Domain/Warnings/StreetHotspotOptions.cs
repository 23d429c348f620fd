namespace Supervision.Domain.Warnings;

/// <summary>The same street, the same matter, many cases in a window (severity: cases).</summary>
public sealed record StreetHotspotOptions
{
    public int WindowDays { get; init; } = 30;
    public Escalation Levels { get; init; } = Escalation.Of(10, 15, 20, 30);
}
