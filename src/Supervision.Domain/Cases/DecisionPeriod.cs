using Supervision.Domain.Calendar;

namespace Supervision.Domain.Cases;

/// <summary>
/// The last day for a penalty decision. 《中华人民共和国行政处罚法》第六十条: 行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定；
/// 法律、法规、规章另有规定的，从其规定. What those rules provide, e.g. 《市场监督管理行政处罚程序规定》第六十四条: 因案情复杂或者其他原因，
/// 不能在规定期限内作出处理决定的，经负责人批准，可以延长; 中止、听证、公告和检测、检验、检疫、鉴定等时间不计入案件办理期限. So:
/// <list type="bullet">
/// <item>the period ends 90 days after the filing day, or on the day an approved extension (延期) runs to;</item>
/// <item>each suspension's days (first and last day included) are added to it: the clock does not run while a case is
/// suspended, and an open suspension keeps it stopped until it ends (its days count up to the day the clock is read);</item>
/// <item>a period ending on a day off runs to the next working day, as periods do in Chinese procedure law.</item>
/// </list>
/// The extension's date is the period's end as approved; suspensions are not counted on top of the extended period
/// either (the rule excludes them from the whole 办案期限), so a suspension after the approval still moves the deadline.
/// </summary>
public static class DecisionPeriod
{
    /// <summary>The days of <paramref name="s"/> the clock did not run, read on <paramref name="asOf"/> (the decision day, or today).</summary>
    public static int SuspendedDays(Suspension s, DateOnly asOf)
    {
        var last = s.To is { } to && to < asOf ? to : asOf;
        return last < s.From ? 0 : last.DayNumber - s.From.DayNumber + 1;
    }

    public static int SuspendedDays(IEnumerable<Suspension> suspensions, DateOnly asOf) => suspensions.Sum(s => SuspendedDays(s, asOf));

    /// <summary>The period's end before suspensions and days off: the extension's date, or <paramref name="days"/> after filing.</summary>
    public static DateOnly End(DateOnly filed, int days, DateOnly? extendedUntil) => extendedUntil ?? filed.AddDays(days);

    /// <summary>The last day for the decision, read on <paramref name="asOf"/> (the decision day, or today while undecided).</summary>
    public static DateOnly Deadline(DateOnly filed, int days, DateOnly? extendedUntil, IEnumerable<Suspension> suspensions, DateOnly asOf,
        HolidayCalendar calendar) =>
        calendar.AddWorkingDays(End(filed, days, extendedUntil).AddDays(SuspendedDays(suspensions, asOf)), 0);

    /// <summary>The last day for the decision as the center counts it: the extension and suspensions of <paramref name="clock"/>.</summary>
    public static DateOnly Deadline(DateOnly filed, int days, DecisionClock clock, DateOnly asOf, HolidayCalendar calendar) =>
        Deadline(filed, days, clock.ExtendedUntil, clock.Suspensions, asOf, calendar);

    /// <summary>
    /// Which extension and suspensions move the deadline. What decides a warning cannot be moved back after the fact
    /// (the same principle as a pre-filing, which counts only as of its receipt): an extension or a suspension counts when
    /// the center received it on or before the deadline in force on that day (counting what was received before it); one
    /// reported only after that deadline had passed is kept on the case but does not move it. 《中华人民共和国行政处罚法》
    /// 第六十条 allows the extension and the excluded periods; an approval first shown to the supervisor after the period ran
    /// out cannot be told from one made afterwards, so the warning stands and says why, for the supervisor to judge.
    /// Items without a receipt day (sent with the case's first receipt, or stored before receipts were kept) count as claimed.
    /// </summary>
    public static DecisionClock Clock(DateOnly filed, int days, IReadOnlyList<Extension> extensions, IReadOnlyList<Suspension> suspensions,
        HolidayCalendar calendar)
    {
        var items = suspensions.Select(s => (Received: s.ReceivedOn, Suspension: (Suspension?)s, Extension: (Extension?)null))
            .Concat(extensions.Select(e => (Received: e.ReceivedOn, Suspension: (Suspension?)null, Extension: (Extension?)e)));
        DateOnly? extendedUntil = null;
        var (counted, late, lateExtensions) = (new List<Suspension>(), new List<Suspension>(), new List<Extension>());
        foreach (var (received, suspension, extension) in items.OrderBy(i => i.Received ?? DateOnly.MinValue).ThenBy(i => i.Extension is null ? 1 : 0))
        {
            var inTime = received is not { } day || day <= Deadline(filed, days, extendedUntil, counted, day, calendar);
            if (extension is { } e)
            {
                if (inTime && (extendedUntil is null || e.Until > extendedUntil)) extendedUntil = e.Until;
                else if (!inTime) lateExtensions.Add(e);
            }
            else (inTime ? counted : late).Add(suspension!);
        }
        return new DecisionClock(extendedUntil, [.. counted.OrderBy(s => s.From)], lateExtensions, [.. late.OrderBy(s => s.From)]);
    }

    /// <summary>Chinese name of a suspension's reason, as warnings and the case page write it.</summary>
    public static string ReasonName(SuspensionReason reason) => reason switch
    {
        SuspensionReason.Hearing => "听证",
        SuspensionReason.Appraisal => "检测检验鉴定",
        SuspensionReason.Announcement => "公告",
        _ => "其他",
    };
}
