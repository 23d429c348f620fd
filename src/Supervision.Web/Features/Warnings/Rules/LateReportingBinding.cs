using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming record reaches its agency's warning for the day the center received it.</summary>
public sealed class LateReportingBinding : RuleBinding<LateReportingRule, IReadOnlyCollection<ReportFact>, (int AgencyId, DateOnly Day)>
{
    public override string Code => LateReportingRule.RuleCode;
    public override string SettingsGroup => "lateReporting";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } =
        Kinds(RecordKind.Inspection, RecordKind.Case, RecordKind.RectificationOrder, RecordKind.CompulsoryMeasure);

    public override LateReportingRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.LateReporting, calendar);

    protected override async Task<IReadOnlyCollection<ReportFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await ReportFacts.LoadAsync(c.Db, FactQueries.WindowStartUtc(c.Now, c.Settings.LateReporting.LookbackDays), null, ct);

    protected override async Task<IReadOnlyCollection<ReportFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<(int AgencyId, DateOnly Day)> subjects,
        CancellationToken ct)
    {
        // A subject is an agency's day of receipt, judged from that day's receipts alone: the lookback before the first
        // day touched (a month of the agency's records) is not read.
        var lookback = FactQueries.WindowStartUtc(c.Now, c.Settings.LateReporting.LookbackDays);
        var firstDay = ChinaTime.StartOfDayUtc(subjects.Min(s => s.Day));
        return await ReportFacts.LoadAsync(c.Db, firstDay > lookback ? firstDay : lookback, [.. subjects.Select(s => s.AgencyId).Distinct()], ct);
    }

    public override IEnumerable<(int AgencyId, DateOnly Day)> SubjectsOf(TouchedRecords touched) => touched.Receipts.Select(r => (r.AgencyId, r.ReceivedOn));

    public override string KeyOf((int AgencyId, DateOnly Day) subject) => LateReportingRule.SubjectKey(subject.AgencyId, subject.Day);
}
