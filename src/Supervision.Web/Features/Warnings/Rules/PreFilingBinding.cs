using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming inspection reaches itself.</summary>
public sealed class PreFilingBinding : RuleBinding<PreFilingRule, IReadOnlyCollection<InspectionFact>, int>
{
    public override string Code => PreFilingRule.RuleCode;
    public override string SettingsGroup => "preFiling";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Inspection);

    public override PreFilingRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.PreFiling);

    protected override async Task<IReadOnlyCollection<InspectionFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await FactQueries.PreFilingAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.PreFiling.LookbackDays), null, ct);

    protected override async Task<IReadOnlyCollection<InspectionFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> inspections, CancellationToken ct) =>
        await FactQueries.PreFilingOfAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.PreFiling.LookbackDays), inspections, ct);

    // Only an inspection that exists: a deleted one has nothing left to judge.
    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Inspections.Select(i => i.Id);

    public override string KeyOf(int inspection) => PreFilingRule.SubjectKey(inspection);
}
