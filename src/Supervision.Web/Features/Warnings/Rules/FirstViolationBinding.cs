using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches its party and matter: whether its party's first case of that matter was fined.</summary>
public sealed class FirstViolationBinding : RuleBinding<FirstViolationRule, FirstViolationSnapshot, (int PartyId, int MatterId)>
{
    public override string Code => FirstViolationRule.RuleCode;
    public override string SettingsGroup => "firstViolation";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override FirstViolationRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.FirstViolation);

    protected override Task<FirstViolationSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) => FirstViolationFacts.SweepAsync(c, ct);

    protected override Task<FirstViolationSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<(int PartyId, int MatterId)> subjects, CancellationToken ct) =>
        FirstViolationFacts.OfAsync(c, subjects, ct);

    public override IEnumerable<(int PartyId, int MatterId)> SubjectsOf(TouchedRecords touched) => touched.Cases.Select(x => (x.PartyId, x.MatterId));

    public override string KeyOf((int PartyId, int MatterId) subject) => FirstViolationRule.SubjectKey(subject.PartyId, subject.MatterId);
}
