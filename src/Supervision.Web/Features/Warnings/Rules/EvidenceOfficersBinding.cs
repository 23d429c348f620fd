using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches its evidence.</summary>
public sealed class EvidenceOfficersBinding : RuleBinding<EvidenceOfficersRule, EvidenceSnapshot, int>
{
    public override string Code => EvidenceOfficersRule.RuleCode;
    public override string SettingsGroup => "evidenceOfficers";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override EvidenceOfficersRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.EvidenceOfficers);

    protected override Task<EvidenceSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        FactQueries.EvidenceAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.EvidenceOfficers.LookbackDays), null, ct);

    protected override Task<EvidenceSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> cases, CancellationToken ct) =>
        FactQueries.EvidenceAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.EvidenceOfficers.LookbackDays), cases, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Cases.Select(x => x.Id);

    public override string KeyOf(int caseId) => EvidenceOfficersRule.SubjectKey(caseId);
}
