using Supervision.Domain.Matters;

namespace Supervision.Domain.Cases;

/// <summary>The case lifecycle, in order (seeds/002: 立案、取证、审核、告知、决定、送达、执行、结案; hearing per 行政处罚法 Ch. V §3).</summary>
public enum CaseStage
{
    Filed = 0,
    Evidence = 1,
    LegalReview = 2,
    Notified = 3,
    Hearing = 4,
    Decided = 5,
    Served = 6,
    Executed = 7,
    Closed = 8,
}

public enum PenaltyKind
{
    NoPenalty = 0,
    Warning = 1,
    Fine = 2,
    Confiscation = 3,
    SuspendBusiness = 4,
    RevokeLicence = 5,
}

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
    /// <summary>A major decision: legal review is required before deciding (seeds/003).</summary>
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
    public DateTime ReceivedAt { get; set; }
}

/// <summary>When a case entered a stage.</summary>
public sealed class CaseStageRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStage Stage { get; set; }
    public DateTime OccurredAt { get; set; }
}

/// <summary>The officers who handle the case and take its evidence (at least two, with valid certificates: seeds/003).</summary>
public sealed class CaseOfficer
{
    public int CaseId { get; set; }
    public int OfficerId { get; set; }
}
