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
}
