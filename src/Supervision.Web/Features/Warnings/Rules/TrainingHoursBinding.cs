using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>Training hours are not ingested record by record: only the sweep judges them.</summary>
public sealed class TrainingHoursBinding : RuleBinding<TrainingHoursRule, IReadOnlyCollection<OfficerFact>, int>
{
    public override string Code => TrainingHoursRule.RuleCode;
    public override string SettingsGroup => "trainingHours";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds();

    public override TrainingHoursRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.TrainingHours);

    protected override async Task<IReadOnlyCollection<OfficerFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await FactQueries.OfficersAsync(c.Db, ct);

    protected override async Task<IReadOnlyCollection<OfficerFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> officers, CancellationToken ct)
    {
        var wanted = officers.ToHashSet();
        return (await FactQueries.OfficersAsync(c.Db, ct)).Where(o => wanted.Contains(o.Id)).ToList();
    }

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => [];

    public override string KeyOf(int officer) => TrainingHoursRule.OfficerKey(officer);
}
