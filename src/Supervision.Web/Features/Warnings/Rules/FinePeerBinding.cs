using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches its own fine; its peers are the matter's other fines, loaded whole, judged only through it.</summary>
public sealed class FinePeerBinding : RuleBinding<FinePeerRule, FineSnapshot, TouchedRecords.Case>
{
    public override string Code => FinePeerRule.RuleCode;
    public override string SettingsGroup => "finePeer";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override FinePeerRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.FinePeer);

    protected override Task<FineSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) => SharedFacts.FinesAsync(c, ct);

    protected override Task<FineSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<TouchedRecords.Case> cases, CancellationToken ct) =>
        FineFacts.OfMattersAsync(c, FactQueries.WindowStartUtc(c.Now, c.Settings.FinePeer.PeerWindowDays), cases, ct);

    public override IEnumerable<TouchedRecords.Case> SubjectsOf(TouchedRecords touched) => touched.Cases;

    public override string KeyOf(TouchedRecords.Case subject) => FinePeerRule.SubjectKey(subject.Id);
}
