using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>责令整改 and, when it happens, its follow-up review (复查). The order itself cannot be rewritten; the review is added once.</summary>
public sealed record RectificationIn : RecordIn
{
    public PartyIn? Party { get; init; }
    /// <summary>The agency's own id of the inspection or case that ordered it, if any.</summary>
    [MaxLength(64)]
    public string? InspectionId { get; init; }
    [MaxLength(64)]
    public string? CaseId { get; init; }
    [MaxLength(32)]
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    [MaxLength(1000), DataType(DataType.MultilineText)]
    public string? Requirement { get; init; }
    public DateTimeOffset? IssuedAt { get; init; }
    /// <summary>The last day to rectify (yyyy-MM-dd, Asia/Shanghai).</summary>
    public DateOnly? Deadline { get; init; }
    /// <summary>Result: Rectified or NotRectified.</summary>
    public ReviewIn? Review { get; init; }
}
