using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches its party and matter.</summary>
public sealed class RepeatViolationBinding : RuleBinding<RepeatViolationRule, IReadOnlyCollection<ViolationFact>, (int PartyId, int MatterId)>
{
    public override string Code => RepeatViolationRule.RuleCode;
    public override string SettingsGroup => "repeatViolation";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override RepeatViolationRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.RepeatViolation);

    protected override async Task<IReadOnlyCollection<ViolationFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await SharedFacts.ViolationsAsync(c, ct);

    protected override async Task<IReadOnlyCollection<ViolationFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<(int PartyId, int MatterId)> subjects,
        CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(c.Now, c.Settings.RepeatViolation.WindowDays);
        return await FactQueries.ViolationsAsync(c.Db, from, subjects, null, ct);
    }

    public override IEnumerable<(int PartyId, int MatterId)> SubjectsOf(TouchedRecords touched) => touched.Cases.Select(x => (x.PartyId, x.MatterId));

    public override string KeyOf((int PartyId, int MatterId) subject) => RepeatViolationRule.SubjectKey(subject.PartyId, subject.MatterId);
}
