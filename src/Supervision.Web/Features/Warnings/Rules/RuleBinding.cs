using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// The typed half of a binding: a rule over <typeparamref name="TFacts"/> whose subjects an incoming record names as
/// <typeparamref name="TSubject"/>s. A binding says how to load the facts for a sweep and for a set of subjects, which
/// subjects the touched records reach and each subject's key; this class does the rest the same way for every rule.
/// </summary>
public abstract class RuleBinding<TRule, TFacts, TSubject> : IRuleBinding
    where TRule : class, IWarningRule<TFacts>
    where TSubject : notnull
{
    public abstract string Code { get; }

    public Type RuleType => typeof(TRule);

    public abstract string SettingsGroup { get; }

    public abstract IReadOnlySet<RecordKind> TouchedBy { get; }

    public abstract TRule Create(RuleSettings settings, HolidayCalendar calendar);

    IWarningRule IRuleBinding.Create(RuleSettings settings, HolidayCalendar calendar) => Create(settings, calendar);

    /// <summary>Facts of everything the rule's window can see.</summary>
    protected abstract Task<TFacts> SweepFactsAsync(RuleContext c, CancellationToken ct);

    /// <summary>
    /// Facts enough to judge these subjects, in a number of queries that does not grow with their count (one IN list per
    /// <see cref="FactQueries.InChunk"/> ids): a burst of records is answered at once, never one query per subject. More
    /// is harmless: the rule ignores what is outside its window and the store keeps only findings inside the subjects' keys.
    /// </summary>
    protected abstract Task<TFacts> FactsOfAsync(RuleContext c, IReadOnlyCollection<TSubject> subjects, CancellationToken ct);

    /// <summary>The subjects the touched records of <see cref="TouchedBy"/>'s kinds reach.</summary>
    public abstract IEnumerable<TSubject> SubjectsOf(TouchedRecords touched);

    /// <summary>The subject's key, or the prefix of its keys, made by the rule's own key function.</summary>
    public abstract string KeyOf(TSubject subject);

    public async Task<IReadOnlyList<WarningFinding>> SweepAsync(RuleContext context, CancellationToken ct) =>
        RuleOf(context).Evaluate(await SweepFactsAsync(context, ct), context.Now).ToList();

    public RuleScope? ScopeOf(TouchedRecords touched)
    {
        var subjects = SubjectsOf(touched).Distinct().ToList();
        if (subjects.Count == 0) return null;
        return new RuleScope(Code, subjects.Select(KeyOf).Distinct().ToList(),
            async (c, ct) => RuleOf(c).Evaluate(await FactsOfAsync(c, subjects, ct), c.Now).ToList());
    }

    private TRule RuleOf(RuleContext context) => (TRule)context.Rules[Code];

    protected static IReadOnlySet<RecordKind> Kinds(params RecordKind[] kinds) => kinds.ToHashSet();
}
