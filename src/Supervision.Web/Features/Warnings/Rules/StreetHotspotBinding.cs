using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>An incoming case reaches its street and matter.</summary>
public sealed class StreetHotspotBinding : RuleBinding<StreetHotspotRule, IReadOnlyCollection<ViolationFact>, (int StreetId, int MatterId)>
{
    public override string Code => StreetHotspotRule.RuleCode;
    public override string SettingsGroup => "streetHotspot";
    public override IReadOnlySet<RecordKind> TouchedBy { get; } = Kinds(RecordKind.Case);

    public override StreetHotspotRule Create(RuleSettings settings, HolidayCalendar calendar) => new(settings.StreetHotspot);

    protected override async Task<IReadOnlyCollection<ViolationFact>> SweepFactsAsync(RuleContext c, CancellationToken ct) =>
        await SharedFacts.ViolationsAsync(c, ct);

    protected override async Task<IReadOnlyCollection<ViolationFact>> FactsOfAsync(RuleContext c, IReadOnlyCollection<(int StreetId, int MatterId)> subjects,
        CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(c.Now, c.Settings.StreetHotspot.WindowDays);
        return await FactQueries.ViolationsAsync(c.Db, from, null, subjects, ct);
    }

    public override IEnumerable<(int StreetId, int MatterId)> SubjectsOf(TouchedRecords touched) => touched.Cases.Select(x => (x.StreetId, x.MatterId));

    public override string KeyOf((int StreetId, int MatterId) subject) => StreetHotspotRule.SubjectKey(subject.StreetId, subject.MatterId);
}
