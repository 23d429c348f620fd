using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 案件超过法定期限: a decision within 90 days of filing (行政处罚法第六十条), service within seven working days of the
/// decision (第六十一条、第八十五条), see <see cref="CaseTimeLimits"/>. Supervising the whole process of every case is what
/// the platform is for (《济南市推进行政执法精准化规定》 第十五条: 全覆盖、全流程、全方位监督; “泉执法 慧监督”(济南市) 二(一) 全过程网上运行). A stage still to
/// come escalates day by day; one that happened late stays visible for the lookback days. Deadlines are counted as the
/// drill-down's case timeline counts them: a calendar period ending on a day off runs to the next working day. An
/// approved extension and the days a case was suspended move the decision limit (<see cref="DecisionPeriod"/>: 第六十条
/// 法律、法规、规章另有规定的，从其规定; 《市场监督管理行政处罚程序规定》第六十四条), and the warning says so.
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
    public string Source => "行政处罚法第六十条、第六十一条、第八十五条；《市场监督管理行政处罚程序规定》第六十四条；《济南市推进行政执法精准化规定》 第十五条；“泉执法 慧监督”(济南市) 二(一)";
    public SeverityUnit Unit => SeverityUnit.Days;

    public DateOnly DecisionDeadline(DateTime filedAt) =>
        calendar.AddWorkingDays(ChinaTime.DayOf(filedAt).AddDays(options.DecisionDays), 0);

    /// <summary>What moves the case's decision limit: the extensions and suspensions received in time (<see cref="DecisionPeriod.Clock"/>).</summary>
    public DecisionClock ClockOf(CaseProgressFact c) =>
        DecisionPeriod.Clock(ChinaTime.DayOf(c.FiledAt), options.DecisionDays, c.Extensions ?? [], c.Suspensions ?? [], calendar);

    /// <summary>The case's decision deadline read on <paramref name="asOf"/> (its decision day, or today): extension and suspensions counted.</summary>
    public DateOnly DecisionDeadline(CaseProgressFact c, DateOnly asOf) =>
        DecisionPeriod.Deadline(ChinaTime.DayOf(c.FiledAt), options.DecisionDays, ClockOf(c), asOf, calendar);

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
            // The clock is read on the decision day, or today while undecided (an open suspension counts up to then).
            var asOf = c.DecidedAt is { } at ? ChinaTime.DayOf(at) : today;
            var clock = ClockOf(c);
            var deadline = DecisionPeriod.Deadline(ChinaTime.DayOf(c.FiledAt), options.DecisionDays, clock, asOf, calendar);
            if (!(c.DecidedAt is null && c.ClosedAt is not null)
                && Over(c, "decided", "作出处罚决定", ChinaTime.DayOf(c.FiledAt).AddDays(options.DecisionDays), deadline,
                    (c.DecidedAt, c.DecisionReceivedAt), today, recent, nowUtc, Adjustments(clock, asOf, c.DecidedAt is null)) is { } decision)
                yield return decision;
            if (c.DecidedAt is { } decided
                && Over(c, "served", "送达处罚决定书", ChinaTime.DayOf(decided), ServiceDeadline(decided), (c.ServedAt, c.ServiceReceivedAt), today, recent,
                    nowUtc) is { } service)
                yield return service;
        }
    }

    /// <summary>
    /// What moved the decision limit, as the warning says it: “，已批准延期至…”, “，中止（听证）12天不计入”, and what was
    /// reported too late to move it: “，延期（至…）于…期限届满后才报送，未予计入”.
    /// </summary>
    private static string Adjustments(DecisionClock clock, DateOnly asOf, bool undecided)
    {
        var text = clock.ExtendedUntil is { } until ? $"，已批准延期至{ChineseDates.Day(until)}" : "";
        foreach (var s in clock.Suspensions)
        {
            var days = DecisionPeriod.SuspendedDays(s, asOf);
            if (days == 0) continue;
            var reason = DecisionPeriod.ReasonName(s.Reason);
            text += s.To is null && undecided
                ? $"，中止（{reason}）自{ChineseDates.Day(s.From)}起尚未结束，已有{days}天不计入"
                : $"，中止（{reason}）{days}天不计入";
        }
        foreach (var e in clock.ExtensionsNotCounted)
            text += $"，延期（至{ChineseDates.Day(e.Until)}）于{ChineseDates.Day(e.ReceivedOn!.Value)}期限届满后才报送，未予计入";
        foreach (var s in clock.SuspensionsNotCounted)
            text += $"，中止（{DecisionPeriod.ReasonName(s.Reason)}，自{ChineseDates.Day(s.From)}起）于{ChineseDates.Day(s.ReceivedOn!.Value)}期限届满后才报送，未予计入";
        return text;
    }

    /// <param name="counted">The first day whose being a day off or not decided the deadline.</param>
    /// <param name="done">When the stage happened and when the center received it: a stage reported late is judged while its receipt is recent.</param>
    private WarningFinding? Over(CaseProgressFact c, string stage, string what, DateOnly counted, DateOnly deadline, (DateTime? At, DateTime? ReceivedAt) done,
        DateOnly today, DayWindow recent, DateTime nowUtc, string adjustments = "")
    {
        var doneAt = done.At;
        var day = doneAt is { } d ? ChinaTime.DayOf(d) : today;
        if (doneAt is not null && !recent.Contains(day) && !(done.ReceivedAt is { } received && recent.Contains(ChinaTime.DayOf(received)))) return null;
        var days = day.DayNumber - deadline.DayNumber;
        if (days <= 0 || options.Levels.LevelFor(days) is not { } level) return null;
        var detail = doneAt is null
            ? $"案件{c.Number}（{ChineseDates.Day(c.FiledAt)}立案{adjustments}）应于{ChineseDates.Day(deadline)}前{what}，至今已超期{days}天。"
            : $"案件{c.Number}（{ChineseDates.Day(c.FiledAt)}立案{adjustments}）应于{ChineseDates.Day(deadline)}前{what}，实际于{ChineseDates.Day(day)}完成，超期{days}天。";
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
