using System.ComponentModel.DataAnnotations;
using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

/// <summary>"Evaluation" configuration: grade thresholds and the checklist file (data-seed/).</summary>
public sealed class EvaluationOptions : IValidatableObject
{
    public const string Section = "Evaluation";

    /// <summary>A file is excellent (优秀) from this score, inclusive.</summary>
    public int ExcellentFrom { get; set; } = GradeScale.Default.ExcellentFrom;

    /// <summary>A file is qualified (合格) from this score, inclusive; below it, unqualified (不合格).</summary>
    public int QualifiedFrom { get; set; } = GradeScale.Default.QualifiedFrom;

    /// <summary>The checklist's file name in the reference-data directory.</summary>
    [Required]
    public string ChecklistFile { get; set; } = "evaluation-checklist.json";

    public GradeScale Scale => new(ExcellentFrom, QualifiedFrom);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Scale.Problems().Select(p => new ValidationResult($"Evaluation:ExcellentFrom/QualifiedFrom: {p} (0 < QualifiedFrom < ExcellentFrom ≤ 100).",
            [nameof(ExcellentFrom), nameof(QualifiedFrom)]));
}
