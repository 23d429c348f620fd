namespace Supervision.Domain.Warnings;

/// <summary>A record that caused a warning; the workbench opens its drill-down.</summary>
public sealed class WarningRecordLink
{
    public int WarningId { get; set; }
    public RecordKind Kind { get; set; }
    public int RecordId { get; set; }
}
