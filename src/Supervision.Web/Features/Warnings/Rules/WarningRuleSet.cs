using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// Every rule, built by its binding from one settings snapshot and the holiday calendar. The settings build a new set
/// when an admin saves; the rules keep no state between runs.
/// </summary>
public sealed class WarningRuleSet
{
    private readonly Dictionary<string, IWarningRule> _byCode;

    public WarningRuleSet(RuleSettings settings, HolidayCalendar calendar)
    {
        All = [.. RuleBindings.All.Select(b => b.Create(settings, calendar))];
        _byCode = All.ToDictionary(r => r.Code);
    }

    /// <summary>In the order the docs list them; a rule's code is unique and prefixes every key it makes.</summary>
    public IReadOnlyList<IWarningRule> All { get; }

    public IWarningRule this[string code] => _byCode[code];
}
