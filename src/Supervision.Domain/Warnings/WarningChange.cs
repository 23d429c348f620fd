namespace Supervision.Domain.Warnings;

/// <summary>One line of a warning's history.</summary>
public sealed class WarningChange
{
    public long Id { get; set; }
    public int WarningId { get; set; }
    public Warning? Warning { get; set; }
    public WarningChangeKind Kind { get; set; }
    public DateTime At { get; set; }
    public WarningLevel Level { get; set; }
    public WarningStatus Status { get; set; }
    /// <summary>The person, or null for the system.</summary>
    public string? By { get; set; }
    public string? Note { get; set; }
}
