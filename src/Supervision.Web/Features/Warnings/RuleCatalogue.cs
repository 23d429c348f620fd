using Supervision.Domain.Warnings;
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

    public string NameOf(string code) => _byCode.TryGetValue(code, out var r) ? r.Name : code;

    public string SourceOf(string code) => _byCode.TryGetValue(code, out var r) ? r.Source : "";
}
