using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>行政强制: a measure (seizure, detention of goods) or an execution (forced demolition, forced execution).</summary>
public sealed record MeasureIn : RecordIn
{
    public PartyIn? Party { get; init; }
    /// <summary>The agency's own id of the case it belongs to, if any.</summary>
    [MaxLength(64)]
    public string? CaseId { get; init; }
    /// <summary>Seizure, Detention, ForcedDemolition or ForcedExecution.</summary>
    [MaxLength(32)]
    public string? Kind { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>An emergency justifies execution at night or on a holiday (行政强制法 Art. 43).</summary>
    public bool IsEmergency { get; init; }
    [MaxLength(32)]
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    [MaxLength(200)]
    public string? Place { get; init; }
}
