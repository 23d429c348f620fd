using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches both its stages' limits.</summary>
public sealed class CaseTimeLimitBinding : RuleBinding<CaseTimeLimitRule, IReadOnlyCollection<CaseProgressFact>, int>
{
    public override string Code => CaseTimeLimitRule.RuleCode;
    public override string SettingsGroup => "caseTimeLimit";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override CaseTimeLimitRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.CaseTimeLimit, calendar);

    protected override async Task<IReadOnlyCollection<CaseProgressFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await CaseFactQueries.CaseProgressAsync(c.Db, c.Now, c.Settings.CaseTimeLimit, null, ct);

    protected override async Task<IReadOnlyCollection<CaseProgressFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> cases, CancellationToken ct) =>
        await CaseFactQueries.CaseProgressAsync(c.Db, c.Now, c.Settings.CaseTimeLimit, cases, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Cases.Select(x => x.Id);

    public override string KeyOf(int caseId) => CaseTimeLimitRule.CaseKey(caseId);
}
