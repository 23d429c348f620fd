using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 数据报送不及时: an agency's records reach the center more than a few working days after the act they report. The
/// platform supervises the whole process online and in time (《济南市推进行政执法精准化规定》 第十五条: 全覆盖、全流程、全方位监督;
/// “泉执法 慧监督”(济南市) 二(一) 全过程网上运行): a record held back cannot be supervised while it matters, and a
/// lookback counted from the act alone would let a late report escape every rule, so lateness itself is a finding. One
/// warning per agency and day of receipt (a backlog sent at once is one matter, not hundreds), its level by the longest
/// delay. Working days follow the holiday calendar; a day the calendar does not cover counts as a working day, which
/// can only make a delay look shorter, never invent one.
/// </summary>
public sealed class LateReportingRule(LateReportingOptions options, HolidayCalendar calendar) : IWarningRule<IReadOnlyCollection<ReportFact>>
{
    public const string RuleCode = "late-reporting";

    /// <summary>A cap on the working days counted: a record years late is simply very late.</summary>
    private const int MaxCountedDays = 400;

    /// <summary>All of one agency's warnings: what an incoming record of it can change.</summary>
    public static string AgencyKey(int agencyId) => $"{RuleCode}:agency:{agencyId}";

    public static string SubjectKey(int agencyId, DateOnly receivedOn) => $"{AgencyKey(agencyId)}:day:{receivedOn:yyyyMMdd}";

    public string Code => RuleCode;
    public string Name => "执法数据报送不及时";
    public string Source => "《济南市推进行政执法精准化规定》 第十五条；“泉执法 慧监督”(济南市) 二(一)";
    public SeverityUnit Unit => SeverityUnit.WorkingDays;

    /// <summary>Working days from the act's day (excluded) to the receipt's day (included).</summary>
    public int WorkingDaysLate(DateTime actUtc, DateTime receivedUtc)
    {
        var first = ChinaTime.DayOf(actUtc);
        var last = ChinaTime.DayOf(receivedUtc);
        var count = 0;
        for (var day = first.AddDays(1); day <= last && count < MaxCountedDays; day = day.AddDays(1))
            if (!calendar.Covers(day) || calendar.IsWorkingDay(day)) count++;
        return count;
    }

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<ReportFact> records, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.LookbackDays);
        var late = records.Where(r => window.Contains(r.ReceivedAt)).DistinctBy(r => (r.Kind, r.Id, r.Stage))
            .Select(r => (Record: r, Days: WorkingDaysLate(r.ActAt, r.ReceivedAt)))
            .Where(x => x.Days > options.AllowedWorkingDays)
            .GroupBy(x => (x.Record.AgencyId, Day: ChinaTime.DayOf(x.Record.ReceivedAt)))
            .OrderBy(g => g.Key.AgencyId).ThenBy(g => g.Key.Day);
        foreach (var g in late)
        {
            var worst = g.Max(x => x.Days);
            if (options.Levels.LevelFor(worst) is not { } level) continue;
            var byKind = g.GroupBy(x => x.Record.Kind).OrderBy(k => k.Key)
                .Select(k => $"{KindName(k.Key)}{k.Count()}条").ToList();
            var examples = g.OrderByDescending(x => x.Days).ThenBy(x => x.Record.Id).Take(3)
                .Select(x => $"{Label(x.Record)}（晚{x.Days}个工作日）");
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key.AgencyId, g.Key.Day),
                level,
                worst,
                $"{Named.Agency(g.Key.AgencyId)}{g.Key.Day.Month}月{g.Key.Day.Day}日迟报{g.Count()}条记录，最长晚{worst}个工作日",
                $"{Named.Agency(g.Key.AgencyId)}于{ChineseDates.Day(g.Key.Day)}报送的{string.Join("、", byKind)}"
                    + $"晚于执法行为发生后{options.AllowedWorkingDays}个工作日才报送，其中{string.Join("；", examples)}。",
                g.Key.AgencyId,
                null,
                [.. g.GroupBy(x => x.Record.Kind).OrderBy(k => k.Key).Select(k => RecordRef.Of(k.Key, k.Select(x => x.Record.Id).Take(50)))],
                nowUtc);
        }
    }

    private static string KindName(RecordKind kind) => kind switch
    {
        RecordKind.Inspection => "检查记录",
        RecordKind.Case => "案件",
        RecordKind.RectificationOrder => "责令整改",
        RecordKind.CompulsoryMeasure => "行政强制",
        _ => "记录",
    };

    private static string Label(ReportFact r) => r.Kind switch
    {
        RecordKind.Inspection => Named.Inspection(r.Id),
        RecordKind.Case when r.Stage is { } stage => $"案件{Named.Case(r.Id)}的“{CaseStageNames.Of(stage)}”环节",
        RecordKind.Case => $"案件{Named.Case(r.Id)}",
        RecordKind.RectificationOrder => Named.Order(r.Id),
        RecordKind.CompulsoryMeasure => Named.Measure(r.Id),
        _ => "",
    };
}
