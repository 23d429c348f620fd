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

    protected override async Task<EvidenceSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> cases, CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(c.Now, c.Settings.EvidenceOfficers.LookbackDays);
        var each = new List<EvidenceSnapshot>();
        foreach (var id in cases) each.Add(await FactQueries.EvidenceAsync(c.Db, from, id, ct));
        // The rule takes each case's evidence and each officer once, so side by side is enough.
        return new EvidenceSnapshot([.. each.SelectMany(s => s.Evidence)], [.. each.SelectMany(s => s.Officers)]);
    }

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Cases.Select(x => x.Id);

    public override string KeyOf(int caseId) => EvidenceOfficersRule.SubjectKey(caseId);
}
