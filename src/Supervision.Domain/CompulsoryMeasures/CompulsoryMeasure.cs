namespace Supervision.Domain.CompulsoryMeasures;

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
