using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// The subjects of one rule that a burst of incoming records reached: their keys (each a key or a key prefix, see
/// <see cref="EvaluationScope"/>) and the evaluation that answers them all at once.
/// </summary>
public sealed record RuleScope(string RuleCode, IReadOnlyList<string> Subjects,
    Func<RuleContext, CancellationToken, Task<IReadOnlyList<WarningFinding>>> FindAsync);
