using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming complaint reaches itself (handling clears it).</summary>
public sealed class OverdueComplaintBinding : RuleBinding<OverdueComplaintRule, IReadOnlyCollection<ComplaintFact>, int>
{
    public override string Code => OverdueComplaintRule.RuleCode;
    public override string SettingsGroup => "overdueComplaint";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Complaint);

    public override OverdueComplaintRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.OverdueComplaint);

    protected override async Task<IReadOnlyCollection<ComplaintFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await FactQueries.ComplaintsAsync(c.Db, c.Now, null, ct);

    protected override async Task<IReadOnlyCollection<ComplaintFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> subjects, CancellationToken ct) =>
        await FactQueries.ComplaintsAsync(c.Db, c.Now, subjects, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Ids(RecordKind.Complaint);

    public override string KeyOf(int subject) => OverdueComplaintRule.SubjectKey(subject);
}
