using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches its own fine; its matter's fines and benchmarks are loaded to judge it.</summary>
public sealed class FineBenchmarkBinding : RuleBinding<FineBenchmarkRule, FineSnapshot, TouchedRecords.Case>
{
    public override string Code => FineBenchmarkRule.RuleCode;
    public override string SettingsGroup => "fineBenchmark";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override FineBenchmarkRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.FineBenchmark);

    protected override Task<FineSnapshot> SweepFactsAsync(RuleContext c, CancellationToken ct) => SharedFacts.FinesAsync(c, ct);

    protected override Task<FineSnapshot> FactsOfAsync(RuleContext c, IReadOnlyCollection<TouchedRecords.Case> cases, CancellationToken ct) =>
        FineFacts.OfCasesAsync(c, FactQueries.WindowStartUtc(c.Now, c.Settings.FineBenchmark.LookbackDays), cases, ct);

    public override IEnumerable<TouchedRecords.Case> SubjectsOf(TouchedRecords touched) => touched.Cases;

    public override string KeyOf(TouchedRecords.Case subject) => FineBenchmarkRule.SubjectKey(subject.Id);
}
