namespace Supervision.Domain.Rectifications;

/// <summary>责令整改 with its follow-up review (复查): 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 3, "no fine-and-forget".</summary>
public sealed class RectificationOrder
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string ExternalId { get; set; }
    public int PartyId { get; set; }
    public int? InspectionId { get; set; }
    public int? CaseId { get; set; }
    public int StreetId { get; set; }
    public required string Requirement { get; set; }
    public DateTime IssuedAt { get; set; }
    /// <summary>The last day to rectify (Asia/Shanghai calendar day).</summary>
    public DateOnly Deadline { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public ReviewResult? ReviewResult { get; set; }
    public DateTime ReceivedAt { get; set; }
}
