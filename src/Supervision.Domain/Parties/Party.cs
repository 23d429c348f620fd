namespace Supervision.Domain.Parties;

/// <summary>行政相对人: an enterprise (unified social credit code) or a person (ID number — personal data).</summary>
public sealed class Party
{
    public int Id { get; set; }
    public PartyKind Kind { get; set; }
    public required string Name { get; set; }
    public string? CreditCode { get; set; }
    public string? IdNumber { get; set; }
    public CreditGrade? CreditGrade { get; set; }
    /// <summary>New technology, industry, business form or model (《济南市推进行政执法精准化规定》 Art. 8): enforced leniently during its observation period.</summary>
    public bool IsNewBusinessForm { get; set; }
    public DateOnly? ObservationEndsOn { get; set; }
    public int StreetId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Address { get; set; }
    public DateOnly? RegisteredOn { get; set; }
}
