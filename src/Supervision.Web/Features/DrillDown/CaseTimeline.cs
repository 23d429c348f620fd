using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;

namespace Supervision.Web.Features.DrillDown;

/// <summary>The stages a case went through, each set against its statutory time limit where it has one.</summary>
public static class CaseTimeline
{
    /// <summary>A stage that must follow another within so many days (calendar, or working days where the law says so).</summary>
    public sealed record Limit(CaseStage Stage, CaseStage From, int Days, bool WorkingDays, string Basis);

    public static readonly IReadOnlyList<Limit> Limits =
    [
        new(CaseStage.Decided, CaseStage.Filed, CaseTimeLimits.DecisionDays, false, "行政处罚法第六十条：自立案之日起九十日内作出决定"),
        new(CaseStage.Served, CaseStage.Decided, CaseTimeLimits.ServiceWorkingDays, true, "行政处罚法第六十一条、第八十五条：决定后七个工作日内送达"),
    ];

    /// <summary>
    /// The last day a stage may happen, <paramref name="days"/> after the day its count starts. A calendar-day period
    /// whose last day is a day off runs to the next working day, as periods do in Chinese procedure law.
    /// </summary>
    public static DateOnly Deadline(DateOnly from, int days, bool workingDays, HolidayCalendar calendar) =>
        workingDays ? calendar.AddWorkingDays(from, days) : calendar.AddWorkingDays(from.AddDays(days), 0);

    /// <summary>
    /// The timeline; an approved extension and suspensions received in time move the decision's limit as the warning rule
    /// counts them (<see cref="DecisionPeriod.Clock"/>): days used are the days the clock ran, the limit runs to the moved deadline.
    /// </summary>
    public static IReadOnlyList<TimelineStep> Build(IReadOnlyList<(CaseStage Stage, DateTime At)> stages, DateOnly today, HolidayCalendar calendar,
        DecisionClock? decisionClock = null)
    {
        var clock = decisionClock ?? DecisionClock.None;
        var reached = stages.ToDictionary(s => s.Stage, s => s.At);
        var last = stages.Count == 0 ? CaseStage.Filed : stages.Max(s => s.Stage);
        var steps = new List<TimelineStep>();
        foreach (var (stage, at) in stages.OrderBy(s => s.Stage))
            steps.Add(Limits.FirstOrDefault(l => l.Stage == stage) is { } limit && reached.TryGetValue(limit.From, out var fromAt)
                ? Measure(limit, ChinaTime.DayOf(fromAt), ChinaTime.DayOf(at), at, calendar, clock)
                : new TimelineStep(stage, at));
        // A limit already running for a stage not reached yet: the case is on the clock today.
        foreach (var limit in Limits)
            if (!reached.ContainsKey(limit.Stage) && limit.Stage > last && reached.TryGetValue(limit.From, out var fromAt))
                steps.Add(Measure(limit, ChinaTime.DayOf(fromAt), today, null, calendar, clock));
        return steps;
    }

    /// <summary>
    /// Whether a case's decision is past its limit: decided after it, or not decided and the limit gone by; the limit moved
    /// by what <paramref name="clock"/> counts.
    /// </summary>
    public static bool DecisionOverdue(DateTime filedAt, DateTime? decidedAt, DateOnly today, HolidayCalendar calendar, DecisionClock? clock = null)
    {
        var day = decidedAt is { } d ? ChinaTime.DayOf(d) : today;
        return day > DecisionPeriod.Deadline(ChinaTime.DayOf(filedAt), CaseTimeLimits.DecisionDays, clock ?? DecisionClock.None, day, calendar);
    }

    /// <summary>What moves a case's decision limit as the warning rule counts it: what was received in time (<see cref="DecisionPeriod.Clock"/>).</summary>
    public static DecisionClock ClockOf(DateTime filedAt, IReadOnlyList<Extension> extensions, IReadOnlyList<Suspension> suspensions, HolidayCalendar calendar) =>
        DecisionPeriod.Clock(ChinaTime.DayOf(filedAt), CaseTimeLimits.DecisionDays, extensions, suspensions, calendar);

    /// <summary>
    /// The UTC instant before which a still undecided case filed is past its decision limit today. A later filing never
    /// has an earlier deadline, so one bound on the filing time (an index range) selects exactly the overdue ones.
    /// </summary>
    public static DateTime UndecidedOverdueFiledBefore(DateOnly today, HolidayCalendar calendar)
    {
        var filed = today.AddDays(-CaseTimeLimits.DecisionDays - 1);
        while (Deadline(filed, CaseTimeLimits.DecisionDays, false, calendar) >= today) filed = filed.AddDays(-1);
        return ChinaTime.StartOfDayUtc(filed.AddDays(1));
    }

    private static TimelineStep Measure(Limit limit, DateOnly from, DateOnly day, DateTime? at, HolidayCalendar calendar, DecisionClock clock)
    {
        if (limit.Stage == CaseStage.Decided && (clock.ExtendedUntil is not null || clock.Suspensions.Count > 0))
        {
            var suspended = DecisionPeriod.SuspendedDays(clock.Suspensions, day);
            var moved = DecisionPeriod.Deadline(from, limit.Days, clock, day, calendar);
            var allowed = DecisionPeriod.End(from, limit.Days, clock.ExtendedUntil).DayNumber - from.DayNumber;
            return new TimelineStep(limit.Stage, at, limit.From, day.DayNumber - from.DayNumber - suspended, allowed, false, moved, day > moved,
                clock.ExtendedUntil, suspended);
        }
        var deadline = Deadline(from, limit.Days, limit.WorkingDays, calendar);
        var used = limit.WorkingDays ? WorkingDaysBetween(from, day, calendar) : day.DayNumber - from.DayNumber;
        return new TimelineStep(limit.Stage, at, limit.From, used, limit.Days, limit.WorkingDays, deadline, day > deadline);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    private static int WorkingDaysBetween(DateOnly from, DateOnly to, HolidayCalendar calendar)
    {
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) n++;
        return n;
    }
}
