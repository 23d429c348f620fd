using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Warnings.Rules;

namespace Supervision.Web.Features.Warnings;

/// <summary>The rules' codes, Chinese names and clauses, for lists, filters and texts (the thresholds do not matter here).</summary>
public sealed class RuleCatalogue
{
    private readonly IReadOnlyList<IWarningRule> _rules = new WarningRuleSet(new RuleSettings(), new Domain.Calendar.HolidayCalendar([], [], [])).All;
    private readonly Dictionary<string, IWarningRule> _byCode;

    public RuleCatalogue() => _byCode = _rules.ToDictionary(r => r.Code);

    public IReadOnlyList<IWarningRule> All => _rules;

    public IEnumerable<string> Codes => _rules.Select(r => r.Code);

    public bool Exists(string code) => _byCode.ContainsKey(code);

    /// <summary>
    /// The rule's name in the reader's language: UiText <c>Rule.{code}</c> (the Chinese one is the rule's own name, which
    /// a test keeps equal); an unknown code, e.g. of a rule since retired, as it was stored.
    /// </summary>
    public string NameOf(string code)
    {
        if (!_byCode.TryGetValue(code, out var rule)) return code;
        var key = $"Rule.{code}";
        return UiText.Get(key) is var name && name != key ? name : rule.Name;
    }

    public string SourceOf(string code) => _byCode.TryGetValue(code, out var r) ? r.Source : "";

    public SeverityUnit UnitOf(string code) => _byCode.TryGetValue(code, out var r) ? r.Unit : SeverityUnit.Grade;

    /// <summary>
    /// Which rule's warnings come first within a level in the folded workbench: deadlines that run out on a person or an
    /// enterprise (a case's legal time limit, an unchecked rectification, an unanswered complaint or notice) before
    /// patterns, and the year-long housekeeping (training hours, the holiday calendar) last, so a rule that raises
    /// hundreds of similar warnings never buries the urgent ones. A rule not listed comes after those listed.
    /// </summary>
    public int RankOf(string code) => Urgency.IndexOf(code) is var i and >= 0 ? i : Urgency.Count;

    private static readonly List<string> Urgency =
    [
        "case-time-limit", "overdue-rectification", "overdue-complaint", "notice-reply-overdue", "night-holiday-execution",
        "evidence-officers", "fine-benchmark", "fine-peer", "repeat-violation", "repeat-after-joint", "inspection-frequency",
        "multi-agency-inspection", "inspection-not-prefiled", "first-violation-fined", "street-hotspot", "late-reporting",
        "calendar-coverage", "training-hours",
    ];
}
