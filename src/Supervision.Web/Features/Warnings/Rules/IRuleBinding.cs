using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// Everything the engine, the settings editor and the catalogue need to wire one domain rule: how it is built from the
/// settings, which facts a sweep feeds it, which incoming records touch it and which of its subjects they reach, and
/// those subjects' keys (the rule's own key functions, so a touch clears exactly the keys the rule makes). One class per
/// rule under <c>Rules/</c>, found by <see cref="RuleBindings"/>: a new rule is its domain file, its binding and, if it
/// has thresholds, its options in <see cref="RuleSettings"/>.
/// </summary>
public interface IRuleBinding
{
    /// <summary>The rule's code, the first segment of every subject key.</summary>
    string Code { get; }

    /// <summary>The domain rule this binding wires.</summary>
    Type RuleType { get; }

    /// <summary>
    /// The <see cref="RuleSettings"/> property (camelCase) holding the rule's options: the settings editor's group and the
    /// first segment of its field paths. Its position among the properties is the rule's place in every list.
    /// </summary>
    string SettingsGroup { get; }

    /// <summary>The kinds of incoming record that can change the rule's warnings; none: only the sweep sees it.</summary>
    IReadOnlySet<RecordKind> TouchedBy { get; }

    IWarningRule Create(RuleSettings settings, HolidayCalendar calendar);

    /// <summary>Every subject the rule's window can see.</summary>
    Task<IReadOnlyList<WarningFinding>> SweepAsync(RuleContext context, CancellationToken ct);

    /// <summary>The subjects these records reach with their keys and the evaluation of them all; null if none.</summary>
    RuleScope? ScopeOf(TouchedRecords touched);
}
