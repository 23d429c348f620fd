using Supervision.Domain.Validation;

namespace Supervision.Domain.Evaluation;

/// <summary>A file's score, or what is wrong with the scoring: each problem names the deduction it concerns by its
/// position in the list (<see cref="FieldError.Item"/>; null for the whole).</summary>
public sealed record FileScore(int Deducted, int Score, IReadOnlyList<FieldError> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
