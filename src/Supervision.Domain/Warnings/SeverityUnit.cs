namespace Supervision.Domain.Warnings;

/// <summary>
/// The unit of a rule's <see cref="WarningFinding.Severity"/>: the workbench shows "超期 26 天", "落后 44.8 学时", "4.5 倍",
/// never a bare number whose meaning depends on the rule. The numbers are not stored; the names live in the UI texts.
/// </summary>
public enum SeverityUnit
{
    Days,
    WorkingDays,
    Times,
    StudyHours,
    Percent,
    Multiple,
    People,
    Agencies,
    Cases,
    /// <summary>How many of the rule's conditions hold at once (e.g. at night and on a holiday).</summary>
    Conditions,
    /// <summary>A degree the rule names itself (e.g. 2 = never pre-filed, 1 = pre-filed late).</summary>
    Grade,
}
