using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming rectification order reaches itself (a review clears it).</summary>
public sealed class OverdueRectificationBinding : RuleBinding<OverdueRectificationRule, IReadOnlyCollection<RectificationFact>, int>
{
    public override string Code => OverdueRectificationRule.RuleCode;
    public override string SettingsGroup => "overdueRectification";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.RectificationOrder);

    public override OverdueRectificationRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.OverdueRectification);

    protected override async Task<IReadOnlyCollection<RectificationFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await FactQueries.RectificationsAsync(c.Db, c.Now, null, ct);

    protected override async Task<IReadOnlyCollection<RectificationFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<int> subjects, CancellationToken ct) =>
        await FactQueries.RectificationsAsync(c.Db, c.Now, subjects, ct);

    public override IEnumerable<int> SubjectsOf(TouchedRecords touched) => touched.Ids(RecordKind.RectificationOrder);

    public override string KeyOf(int subject) => OverdueRectificationRule.SubjectKey(subject);
}
