using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming compulsory measure reaches itself.</summary>
public sealed class NightHolidayExecutionBinding : RuleBinding<NightHolidayExecutionRule, IReadOnlyCollection<CompulsoryFact>, int>
{
    public override string Code => NightHolidayExecutionRule.RuleCode;
    public override string SettingsGroup => "nightHolidayExecution";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.CompulsoryMeasure);

    public override NightHolidayExecutionRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.NightHolidayExecution, calendar);

    protected override async Task<IReadOnlyCollection<CompulsoryFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await FactQueries.CompulsoryAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.NightHolidayExecution.LookbackDays), null, ct);

    protected override async Task<IReadOnlyCollection<CompulsoryFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> subjects, CancellationToken ct) =>
        await FactQueries.CompulsoryAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.NightHolidayExecution.LookbackDays), subjects, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Ids(RecordKind.CompulsoryMeasure);

    public override string KeyOf(int subject) => NightHolidayExecutionRule.SubjectKey(subject);
}
