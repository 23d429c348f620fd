namespace Supervision.Domain.Warnings;

/// <summary>What a warning is about, read from its subject key's first segment after the rule code (see <see cref="WarningSubject"/>).</summary>
public enum SubjectKind
{
    Party,
    Case,
    Officer,
    Agency,
    Street,
    RectificationOrder,
    Inspection,
    CompulsoryMeasure,
    Complaint,
    Notice,
    /// <summary>A calendar year (the holiday calendar's coverage).</summary>
    Year,
}
