using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 培训学时不足: every officer takes at least 60 hours of training a year (《济南市提升行政执法质量实施方案》 第2项: 每人每年接受不少于60学时).
/// Raised only late in the year, when the shortfall may no longer be made up in time; escalates with the hours short.
/// Hours recorded for an earlier year count as none this year.
/// </summary>
public sealed class TrainingHoursRule(TrainingHoursOptions options) : IWarningRule<IReadOnlyCollection<OfficerFact>>
{
    public const string RuleCode = "training-hours";

    /// <summary>All of one officer's warnings, whatever the year.</summary>
    public static string OfficerKey(int officerId) => $"{RuleCode}:officer:{officerId}";

    public static string SubjectKey(int officerId, int year) => $"{OfficerKey(officerId)}:year:{year}";

    public string Code => RuleCode;
    public string Name => "执法人员年度培训学时不足";
    public string Source => "《济南市提升行政执法质量实施方案》 第2项";
    public SeverityUnit Unit => SeverityUnit.StudyHours;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<OfficerFact> officers, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        if (today < new DateOnly(today.Year, options.FromMonth, options.FromDay)) yield break;
        // Behind the pace that reaches the year's hours by 31 December, not merely under them: in November an officer
        // with 55 hours is on course and one with 20 is not; on the last day the pace is the requirement itself.
        var pace = options.RequiredHours * today.DayOfYear / (DateTime.IsLeapYear(today.Year) ? 366.0 : 365.0);
        foreach (var o in officers.DistinctBy(o => o.Id).OrderBy(o => o.Id))
        {
            var hours = o.TrainingYear == today.Year ? o.TrainingHours : 0;
            var behind = Math.Round(pace - hours, 1);
            if (behind <= 0 || options.Levels.LevelFor(behind) is not { } level) continue;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(o.Id, today.Year),
                level,
                behind,
                $"{Named.Officer(o.Id)}培训进度落后{behind:0.#}学时",
                $"{Named.OfficerWithCertificate(o.Id)}{today.Year}年已培训{hours:0.#}学时，按全年{options.RequiredHours:0.#}" +
                    $"学时的进度截至{today.Month}月{today.Day}日应达{pace:0.#}学时，落后{behind:0.#}学时。",
                o.AgencyId,
                null,
                [RecordRef.One(RecordKind.Officer, o.Id)],
                nowUtc);
        }
    }
}
