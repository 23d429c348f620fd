namespace Supervision.Domain.Complaints;

/// <summary>社会监督: a complaint about an agency or one of its officers, with its handling deadline.</summary>
public sealed class Complaint
{
    public int Id { get; set; }
    /// <summary>The agency complained about; it handles and reports the complaint.</summary>
    public int AgencyId { get; set; }
    public required string ExternalId { get; set; }
    public ComplaintChannel Channel { get; set; }
    public int? OfficerId { get; set; }
    public int? StreetId { get; set; }
    public required string Summary { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime Deadline { get; set; }
    public DateTime? HandledAt { get; set; }
    public ComplaintOutcome? Outcome { get; set; }
}
