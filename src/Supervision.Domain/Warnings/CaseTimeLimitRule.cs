using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 案件超过法定期限: a decision within 90 days of filing (行政处罚法第六十条), service within seven working days of the
/// decision (第六十一条、第八十五条), see <see cref="CaseTimeLimits"/>. Supervising the whole process of every case is what
/// the platform is for (《济南市推进行政执法精准化规定》 第十五条: 全覆盖、全流程、全方位监督; “泉执法 慧监督”(济南市) 二(一) 全过程网上运行). A stage still to
/// come escalates day by day; one that happened late stays visible for the lookback days. Deadlines are counted as the
/// drill-down's case timeline counts them: a calendar period ending on a day off runs to the next working day.
/// When the count runs through a year the holiday calendar does not hold, the deadline is the earliest it can be (only
/// weekends off, see <see cref="HolidayCalendar"/>): the warning is still raised, since waiting for the calendar would hide
/// overdue cases, but its detail says the deadline is provisional, and the next sweep after the year is maintained
/// corrects or clears it.
/// </summary>
public sealed class CaseTimeLimitRule(CaseTimeLimitOptions options, HolidayCalendar calendar) : IWarningRule<IReadOnlyCollection<CaseProgressFact>>
{
    public const string RuleCode = "case-time-limit";

    /// <summary>Both stages' warnings of one case: what an incoming case can change.</summary>
    public static string CaseKey(int caseId) => $"{RuleCode}:case:{caseId}";

    /// <summary><paramref name="stage"/> is "decided" or "served".</summary>
    public static string SubjectKey(int caseId, string stage) => $"{CaseKey(caseId)}:stage:{stage}";

    public string Code => RuleCode;
    public string Name => "案件超过法定办理期限";
    public string Source => "行政处罚法第六十条、第六十一条、第八十五条;《济南市推进行政执法精准化规定》 第十五条;“泉执法 慧监督”(济南市) 二(一)";

    public DateOnly DecisionDeadline(DateTime filedAt) =>
        calendar.AddWorkingDays(ChinaTime.DayOf(filedAt).AddDays(options.DecisionDays), 0);

    public DateOnly ServiceDeadline(DateTime decidedAt) =>
        calendar.AddWorkingDays(ChinaTime.DayOf(decidedAt), options.ServiceWorkingDays);

    /// <summary>The note a finding carries when its deadline was counted through a year the calendar does not hold.</summary>
    public static string ProvisionalNote(int year) =>
        $"{year}年节假日日历尚未维护，期限暂按周六、周日休息推算（未计法定节假日和调休），待日历维护后复核。";

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<CaseProgressFact> cases, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        var recent = DayWindow.Ending(nowUtc, options.LookbackDays);
        foreach (var c in cases.DistinctBy(c => c.Id).OrderBy(c => c.Id))
        {
            // A case closed without a decision (e.g. withdrawn) no longer runs against the decision limit.
            if (!(c.DecidedAt is null && c.ClosedAt is not null)
                && Over(c, "decided", "作出处罚决定", ChinaTime.DayOf(c.FiledAt).AddDays(options.DecisionDays), DecisionDeadline(c.FiledAt),
                    c.DecidedAt, today, recent, nowUtc) is { } decision)
                yield return decision;
            if (c.DecidedAt is { } decided
                && Over(c, "served", "送达处罚决定书", ChinaTime.DayOf(decided), ServiceDeadline(decided), c.ServedAt, today, recent, nowUtc) is { } service)
                yield return service;
        }
    }

    /// <param name="counted">The first day whose being a day off or not decided the deadline.</param>
    private WarningFinding? Over(CaseProgressFact c, string stage, string what, DateOnly counted, DateOnly deadline, DateTime? doneAt, DateOnly today,
        DayWindow recent, DateTime nowUtc)
    {
        var day = doneAt is { } d ? ChinaTime.DayOf(d) : today;
        if (doneAt is not null && !recent.Contains(day)) return null;
        var days = day.DayNumber - deadline.DayNumber;
        if (days <= 0 || options.Levels.LevelFor(days) is not { } level) return null;
        var detail = doneAt is null
            ? $"案件{c.Number}（{ChineseDates.Day(c.FiledAt)}立案）应于{ChineseDates.Day(deadline)}前{what}，至今已超期{days}天。"
            : $"案件{c.Number}（{ChineseDates.Day(c.FiledAt)}立案）应于{ChineseDates.Day(deadline)}前{what}，实际于{ChineseDates.Day(day)}完成，超期{days}天。";
        if (calendar.UncoveredYearIn(counted, deadline) is { } year) detail += ProvisionalNote(year);
        return new WarningFinding(
            RuleCode,
            SubjectKey(c.Id, stage),
            level,
            days,
            doneAt is null ? $"案件{c.Number}超期{days}天未{what}" : $"案件{c.Number}超期{days}天才{what}",
            detail,
            c.AgencyId,
            c.StreetId,
            [RecordRef.One(RecordKind.Case, c.Id)],
            nowUtc);
    }
}
