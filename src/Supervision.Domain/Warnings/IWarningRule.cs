namespace Supervision.Domain.Warnings;

/// <summary>What the catalogue, the docs and the admin editor need to know about a rule without running it.</summary>
public interface IWarningRule
{
    /// <summary>Stable code, the first segment of every subject key the rule makes.</summary>
    string Code { get; }

    /// <summary>Chinese name shown to supervisors.</summary>
    string Name { get; }

    /// <summary>The clause the rule enforces, e.g. "《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第3项".</summary>
    string Source { get; }

    /// <summary>What a finding's severity counts (days overdue, times inspected, hours short …), shown beside the number.</summary>
    SeverityUnit Unit { get; }
}

/// <summary>
/// A rule over a snapshot of plain records (the job projects its queries into them). Pure: the same snapshot and
/// instant give the same findings, so reruns do not duplicate warnings.
/// </summary>
public interface IWarningRule<in TSnapshot> : IWarningRule
{
    IEnumerable<WarningFinding> Evaluate(TSnapshot snapshot, DateTime nowUtc);
}
