namespace Supervision.Domain.Warnings;

/// <summary>预警等级, mildest first. The numbers are stored, so they never change.</summary>
public enum WarningLevel
{
    /// <summary>蓝色.</summary>
    Blue = 1,
    /// <summary>黄色.</summary>
    Yellow = 2,
    /// <summary>橙色.</summary>
    Orange = 3,
    /// <summary>红色.</summary>
    Red = 4,
}

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

/// <summary>Records of one kind that caused a warning, ids ascending.</summary>
public sealed record RecordRef(RecordKind Kind, IReadOnlyList<int> Ids)
{
    public static RecordRef Of(RecordKind kind, IEnumerable<int> ids) => new(kind, [.. ids.Distinct().Order()]);

    public static RecordRef One(RecordKind kind, int id) => new(kind, [id]);
}

/// <summary>
/// What one rule found about one subject at one run. A warning is state: the job upserts by <see cref="SubjectKey"/>,
/// so the key must be the same for the same subject on every run, whatever else changed; a key it no longer receives
/// means the condition cleared. <see cref="Severity"/> is the measure the level came from (days overdue, count …),
/// in the rule's own unit, so the workbench can show and sort it.
/// </summary>
public sealed record WarningFinding(
    string RuleCode,
    string SubjectKey,
    WarningLevel Level,
    double Severity,
    string Title,
    string Detail,
    int? AgencyId,
    int? StreetId,
    IReadOnlyList<RecordRef> Records,
    DateTime ObservedAt);

public static class WarningLevelText
{
    public static string Chinese(this WarningLevel level) => level switch
    {
        WarningLevel.Blue => "蓝色",
        WarningLevel.Yellow => "黄色",
        WarningLevel.Orange => "橙色",
        WarningLevel.Red => "红色",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
