using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 培训学时不足: every officer takes at least 60 hours of training a year (seeds/004 第2项: 每人每年接受不少于60学时).
/// Raised only late in the year, when the shortfall may no longer be made up in time; escalates with the hours short.
/// Hours recorded for an earlier year count as none this year.
/// </summary>
public sealed class TrainingHoursRule(TrainingHoursOptions options) : IWarningRule<IReadOnlyCollection<OfficerFact>>
{
    public const string RuleCode = "training-hours";

    public string Code => RuleCode;
    public string Name => "执法人员年度培训学时不足";
    public string Source => "seeds/004 第2项";

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<OfficerFact> officers, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        if (today < new DateOnly(today.Year, options.FromMonth, options.FromDay)) yield break;
        foreach (var o in officers.DistinctBy(o => o.Id).OrderBy(o => o.Id))
        {
            var hours = o.TrainingYear == today.Year ? o.TrainingHours : 0;
            var shortfall = options.RequiredHours - hours;
            if (shortfall <= 0 || options.Levels.LevelFor(shortfall) is not { } level) continue;
            yield return new WarningFinding(
                RuleCode,
                $"{RuleCode}:officer:{o.Id}:year:{today.Year}",
                level,
                shortfall,
                "执法人员年度培训学时不足",
                $"执法人员{o.Name}{today.Year}年已培训{hours:0.#}学时,距年度要求{options.RequiredHours:0.#}学时尚差{shortfall:0.#}学时。",
                o.AgencyId,
                null,
                [RecordRef.One(RecordKind.Officer, o.Id)],
                nowUtc);
        }
    }
}
