namespace Supervision.Domain.Inspections;

/// <summary>行政检查 of an enterprise, with pre-filing (事前报备), officers (事中留痕) and the enterprise's post-evaluation (事后评价), “泉执法 慧监督”(济南市).</summary>
public sealed class Inspection
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    /// <summary>The agency's own record id; with <see cref="AgencyId"/> it makes pushes idempotent.</summary>
    public required string ExternalId { get; set; }
    public int PartyId { get; set; }
    public InspectionKind Kind { get; set; }
    public string? JointReference { get; set; }
    /// <summary>Null when the inspection was not filed in advance.</summary>
    public DateTime? PreFiledAt { get; set; }
    /// <summary>
    /// When the center received <see cref="PreFiledAt"/>, if a resend added or moved it after the record's first receipt:
    /// the pre-filing then counts from this time, not from the time claimed (no back-dating).
    /// </summary>
    public DateTime? PreFilingReceivedAt { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public int StreetId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Place { get; set; }
    public InspectionResult Result { get; set; }
    /// <summary>1 (very unsatisfied) to 5 (very satisfied).</summary>
    public int? EvaluationScore { get; set; }
    public string? EvaluationComment { get; set; }
    public DateTime? EvaluatedAt { get; set; }
    /// <summary>When the center received the record (feed health).</summary>
    public DateTime ReceivedAt { get; set; }
}
