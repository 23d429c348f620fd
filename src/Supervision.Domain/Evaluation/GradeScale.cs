namespace Supervision.Domain.Evaluation;

/// <summary>
/// A file's grade from its score: excellent from <see cref="ExcellentFrom"/>, qualified from <see cref="QualifiedFrom"/>,
/// unqualified below (both inclusive lower bounds; 0 &lt; qualified &lt; excellent ≤ 100).
/// </summary>
public sealed record GradeScale(int ExcellentFrom, int QualifiedFrom)
{
    public static readonly GradeScale Default = new(90, 70);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (QualifiedFrom <= 0) problems.Add($"the qualified threshold ({QualifiedFrom}) must be above 0");
        if (ExcellentFrom > Checklist.Total) problems.Add($"the excellent threshold ({ExcellentFrom}) must be at most {Checklist.Total}");
        if (QualifiedFrom >= ExcellentFrom) problems.Add($"the qualified threshold ({QualifiedFrom}) must be below the excellent threshold ({ExcellentFrom})");
        return problems;
    }

    public Grade Of(int score) => score >= ExcellentFrom ? Grade.Excellent : score >= QualifiedFrom ? Grade.Qualified : Grade.Unqualified;
}
