namespace Supervision.Domain.Warnings;

/// <summary>The kinds of record a warning can point at; the workbench opens each kind's drill-down.</summary>
public enum RecordKind
{
    Inspection = 0,
    Case = 1,
    RectificationOrder = 2,
    CompulsoryMeasure = 3,
    Complaint = 4,
    Officer = 5,
    Party = 6,
    /// <summary>A supervision notice (监督文书).</summary>
    Notice = 7,
}
