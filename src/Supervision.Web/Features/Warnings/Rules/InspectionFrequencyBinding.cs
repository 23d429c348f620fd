using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming inspection, or a new credit grade, reaches its enterprise's count for the year.</summary>
public sealed class InspectionFrequencyBinding : RuleBinding<InspectionFrequencyRule, InspectionSnapshot, int>
{
    public override string Code => InspectionFrequencyRule.RuleCode;
    public override string SettingsGroup => "inspectionFrequency";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Inspection, RecordKind.Party);

    public override InspectionFrequencyRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.InspectionFrequency);

    protected override Task<InspectionSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) => SharedFacts.InspectionsAsync(c, ct);

    protected override Task<InspectionSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> parties, CancellationToken ct) =>
        SharedFacts.InspectionsOfPartiesAsync(c, parties, ct);

    // A new credit grade (touch kind Party) changes how the enterprise's inspections of the year are judged.
    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Inspections.Select(i => i.PartyId).Concat(touched.Ids(RecordKind.Party));

    public override string KeyOf(int party) => InspectionFrequencyRule.PartyKey(party);
}
