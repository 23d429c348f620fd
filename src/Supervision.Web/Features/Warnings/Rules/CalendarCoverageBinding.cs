using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Calendar;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// The calendar's years, read from the database the sweep reads (not a cache another instance may not have reloaded yet);
/// no record touches them: the sweep, and the sweep queued after every calendar edit, judge them.
/// </summary>
public sealed class CalendarCoverageBinding : RuleBinding<CalendarCoverageRule, IReadOnlyCollection<int>, int>
{
    public override string Code => CalendarCoverageRule.RuleCode;
    public override string SettingsGroup => "calendarCoverage";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds();

    public override CalendarCoverageRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.CalendarCoverage);

    protected override async Task<IReadOnlyCollection<int>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await c.Db.Set<CalendarYear>().Select(y => y.Year).ToListAsync(ct);

    protected override Task<IReadOnlyCollection<int>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> years, CancellationToken ct) =>
        SweepFactsAsync(c, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => [];

    public override string KeyOf(int year) => CalendarCoverageRule.SubjectKey(year);
}
