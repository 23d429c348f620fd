namespace Supervision.Domain.Warnings;

/// <summary>A fine far from its peers' median for the same matter, level and list (severity: times the median, or its inverse).</summary>
public sealed record FinePeerOptions
{
    public int PeerWindowDays { get; init; } = 365;
    public int LookbackDays { get; init; } = 30;
    /// <summary>Fewer peers than this say nothing about what is usual.</summary>
    public int MinPeers { get; init; } = 5;
    public Escalation Levels { get; init; } = Escalation.Of(3, 5, 10, 20);
}
