using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming inspection reaches its enterprise, every sector.</summary>
public sealed class RepeatAfterJointBinding : RuleBinding<RepeatAfterJointRule, InspectionSnapshot, int>
{
    public override string Code => RepeatAfterJointRule.RuleCode;
    public override string SettingsGroup => "repeatAfterJoint";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Inspection);

    public override RepeatAfterJointRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.RepeatAfterJoint);

    protected override Task<InspectionSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) => SharedFacts.InspectionsAsync(c, ct);

    protected override Task<InspectionSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> parties, CancellationToken ct) =>
        SharedFacts.InspectionsOfPartiesAsync(c, parties, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Inspections.Select(i => i.PartyId);

    public override string KeyOf(int party) => RepeatAfterJointRule.PartyKey(party);
}
