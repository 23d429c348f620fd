using Supervision.Domain.Matters;

namespace Supervision.Domain.Cases;

/// <summary>行政处罚案件. The decision fields are set once the case reaches <see cref="CaseStage.Decided"/>.</summary>
public sealed class Case
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string ExternalId { get; set; }
    public required string Number { get; set; }
    public int PartyId { get; set; }
    public int MatterId { get; set; }
    public int StreetId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Place { get; set; }
    /// <summary>A major decision: legal review is required before deciding (威海市《关于改进和加强行政执法工作的意见》).</summary>
    public bool IsMajor { get; set; }
    public CaseStage Stage { get; set; }
    public DateTime FiledAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public PenaltyKind? PenaltyKind { get; set; }
    /// <summary>Yuan.</summary>
    public long? Fine { get; set; }
    public DiscretionLevel? DiscretionLevel { get; set; }
    public int? FourListItemId { get; set; }
    public FourList? FourList { get; set; }
    /// <summary>An approved extension of the decision limit (延期): who approved it, when, and the day it runs to (<see cref="DecisionPeriod"/>).</summary>
    public string? ExtensionApprover { get; set; }
    public DateOnly? ExtensionApprovedOn { get; set; }
    public DateOnly? ExtendedUntil { get; set; }
    public DateTime ReceivedAt { get; set; }
}
