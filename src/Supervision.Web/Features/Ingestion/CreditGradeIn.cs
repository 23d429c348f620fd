using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// An enterprise's credit grade from the day it takes effect (<c>POST /api/v1/credit-grades</c>, or <c>type</c>
/// "credit-grade" in a batch). The enterprise must already be known to the center (from a record about it).
/// </summary>
public sealed record CreditGradeIn : RecordIn
{
    /// <summary>The enterprise's unified social credit code (18 characters).</summary>
    [MaxLength(18)]
    public string? CreditCode { get; init; }
    /// <summary>A, B, C or D (A the most trustworthy).</summary>
    [MaxLength(8)]
    public string? Grade { get; init; }
    /// <summary>Who assessed it, e.g. 信用中国（山东） or 市场监管部门 (≤ 50 characters).</summary>
    [MaxLength(50)]
    public string? Source { get; init; }
    /// <summary>The day (Asia/Shanghai) from which the grade is in force, yyyy-MM-dd; not later than today.</summary>
    public DateOnly? EffectiveOn { get; init; }
}
