namespace Supervision.Web.Features.Warnings;

/// <summary>
/// What one evaluation covered: every subject of the rule (a full sweep), or only some subjects, each a key or a key
/// prefix ("repeat-violation:party:7:matter:3" covers that key and any key that continues it after a colon). Only
/// warnings inside the scope can be resolved by not being found.
/// </summary>
public sealed record EvaluationScope(IReadOnlyList<string>? Subjects)
{
    public static readonly EvaluationScope Everything = new((IReadOnlyList<string>?)null);

    public static EvaluationScope Of(params IEnumerable<string> subjects) => new([.. subjects.Distinct()]);

    public bool IsEverything => Subjects is null;

    public bool Covers(string key) => Subjects is null || Subjects.Any(s => key == s || key.StartsWith(s + ":", StringComparison.Ordinal));
}
