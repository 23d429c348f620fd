namespace Supervision.Domain.Warnings;

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
