using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming inspection reaches its enterprise.</summary>
public sealed class MultiAgencyInspectionBinding : RuleBinding<MultiAgencyInspectionRule, InspectionSnapshot, int>
{
    public override string Code => MultiAgencyInspectionRule.RuleCode;
    public override string SettingsGroup => "multiAgencyInspection";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Inspection);

    public override MultiAgencyInspectionRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.MultiAgencyInspection);

    protected override Task<InspectionSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) => SharedFacts.InspectionsAsync(c, ct);

    protected override Task<InspectionSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> parties, CancellationToken ct) =>
        SharedFacts.InspectionsOfPartiesAsync(c, parties, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Inspections.Select(i => i.PartyId);

    public override string KeyOf(int party) => MultiAgencyInspectionRule.SubjectKey(party);
}
