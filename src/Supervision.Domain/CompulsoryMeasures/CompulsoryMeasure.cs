namespace Supervision.Domain.CompulsoryMeasures;

public enum CompulsoryKind
{
    /// <summary>查封场所、设施或者财物 — a compulsory measure.</summary>
    Seizure = 0,
    /// <summary>扣押财物 — a compulsory measure.</summary>
    Detention = 1,
    /// <summary>强制拆除 — compulsory execution.</summary>
    ForcedDemolition = 2,
    /// <summary>划拨存款、拍卖或者依法处理财物等 — compulsory execution.</summary>
    ForcedExecution = 3,
}

/// <summary>行政强制: a measure during an investigation, or execution of a decision.</summary>
public sealed class CompulsoryMeasure
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string ExternalId { get; set; }
    public int PartyId { get; set; }
    public int? CaseId { get; set; }
    public CompulsoryKind Kind { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>行政强制法 Art. 43: execution at night or on a holiday only in an emergency.</summary>
    public bool IsEmergency { get; set; }
    public int StreetId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Place { get; set; }
    public DateTime ReceivedAt { get; set; }

    public bool IsExecution => Kind is CompulsoryKind.ForcedDemolition or CompulsoryKind.ForcedExecution;
}
