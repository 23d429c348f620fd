using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 夜间或节假日强制执行: except in an emergency, no compulsory execution at night or on statutory holidays (威海市《关于改进和加强行政执法工作的意见》
/// 三(一)3: 除紧急情况外，不得在夜间或者法定节假日实施行政强制执行; 行政强制法第四十三条). Only execution counts, not measures
/// during an investigation. Days off come from the holiday calendar, so a make-up working day (调休上班) is a working day
/// even on a weekend. Any part of the execution's span in the night or on a day off counts.
/// A day in a year the holiday calendar does not hold may be a holiday nobody has entered yet: it is never passed as a
/// working day. An execution touching one is raised at the lowest level (blue) as a question, saying the calendar is
/// missing, unless it is already a warning for the night or a weekend, whose detail then says the same; the sweep after
/// the year is maintained settles it (raised as a holiday, or cleared).
/// </summary>
public sealed class NightHolidayExecutionRule(NightHolidayExecutionOptions options, HolidayCalendar calendar)
    : IWarningRule<IReadOnlyCollection<CompulsoryFact>>
{
    public const string RuleCode = "night-holiday-execution";

    public static string SubjectKey(int measureId) => $"{RuleCode}:measure:{measureId}";

    public string Code => RuleCode;
    public string Name => "夜间或法定节假日实施强制执行";
    public string Source => "威海市《关于改进和加强行政执法工作的意见》 三(一)3；行政强制法第四十三条";
    public SeverityUnit Unit => SeverityUnit.Conditions;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<CompulsoryFact> measures, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.LookbackDays);
        // Judged when it happened or when the center received it within the window: a late report does not escape the rule.
        var judged = measures.Where(m => m.IsExecution && !m.IsEmergency && (window.Contains(m.StartedAt) || m.ReceivedAt is { } r && window.Contains(r)));
        foreach (var m in judged.DistinctBy(m => m.Id).OrderBy(m => m.Id))
        {
            var start = ChinaTime.ToLocal(m.StartedAt);
            var end = m.EndedAt is { } e && e > m.StartedAt ? ChinaTime.ToLocal(e) : start;
            var night = AtNight(start, end);
            var dayOff = DayOff(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
            var uncovered = calendar.UncoveredYearIn(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
            if (!night && dayOff is null)
            {
                if (uncovered is { } year) yield return Unknown(m, year, DateOnly.FromDateTime(start), nowUtc);
                continue;
            }
            var level = night && dayOff is not null ? options.BothLevel : night ? options.NightLevel : options.DayOffLevel;
            var when = string.Join("、", new[]
            {
                night ? $"夜间（{options.NightStartHour}时至次日{options.NightEndHour}时）" : null,
                dayOff is { } d ? $"{ChineseDates.Day(d.Day)}（{d.Name}）" : null,
            }.OfType<string>());
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(m.Id),
                level,
                (night ? 1 : 0) + (dayOff is null ? 0 : 1),
                $"对{Named.Party(m.PartyId)}在{(night && dayOff is not null ? "夜间和节假日" : night ? "夜间" : "节假日")}实施强制执行",
                $"{Named.Measure(m.Id)}于{ChineseDates.Minute(m.StartedAt)}开始，在{when}实施，且未标注紧急情况。"
                    + (uncovered is { } y ? $"{y}年节假日日历尚未维护，当日是否为法定节假日或调休上班日待日历维护后复核。" : ""),
                m.AgencyId,
                m.StreetId,
                Records(m),
                nowUtc);
        }
    }

    private static RecordRef[] Records(CompulsoryFact m) => m.CaseId is { } c
        ? [RecordRef.One(RecordKind.CompulsoryMeasure, m.Id), RecordRef.One(RecordKind.Case, c)]
        : [RecordRef.One(RecordKind.CompulsoryMeasure, m.Id)];

    /// <summary>An execution on a weekday of a year the calendar does not hold: whether it was a holiday is not known yet.</summary>
    private static WarningFinding Unknown(CompulsoryFact m, int year, DateOnly day, DateTime nowUtc) => new(
        RuleCode,
        SubjectKey(m.Id),
        WarningLevel.Blue,
        0,
        $"对{Named.Party(m.PartyId)}实施强制执行的日期尚无节假日日历，待复核",
        $"{Named.Measure(m.Id)}于{ChineseDates.Minute(m.StartedAt)}开始，且未标注紧急情况。{year}年节假日日历尚未维护，"
            + $"无法判断{ChineseDates.Day(day)}是否为法定节假日，待日历维护后复核。",
        m.AgencyId,
        m.StreetId,
        Records(m),
        nowUtc);

    /// <summary>Whether [start, end] (Shanghai wall time) touches a night; a night starting the evening before counts too.</summary>
    private bool AtNight(DateTime start, DateTime end)
    {
        if (options.NightStartHour == options.NightEndHour) return false;
        for (var day = start.Date.AddDays(-1); day <= end.Date; day = day.AddDays(1))
        {
            var from = day.AddHours(options.NightStartHour);
            var to = (options.NightEndHour > options.NightStartHour ? day : day.AddDays(1)).AddHours(options.NightEndHour);
            if (start < to && end >= from) return true;
        }
        return false;
    }

    private (DateOnly Day, string Name)? DayOff(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (calendar.HolidayName(day) is { } name) return (day, name);
            if (options.IncludeWeekends && !calendar.IsWorkingDay(day)) return (day, "休息日");
        }
        return null;
    }
}
