namespace Supervision.Domain.Warnings;

/// <summary>Inspections without pre-filing, or filed only after they started.</summary>
public sealed record PreFilingOptions
{
    /// <summary>Inspections started in these last days are judged; older ones have left the live picture.</summary>
    public int LookbackDays { get; init; } = 30;
    public WarningLevel FiledLateLevel { get; init; } = WarningLevel.Blue;
    public WarningLevel NotFiledLevel { get; init; } = WarningLevel.Yellow;
}
