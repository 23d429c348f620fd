using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A complaint about the agency or one of its officers (码上监督 or 12345); handling is added when done.</summary>
public sealed record ComplaintIn : RecordIn
{
    /// <summary>QrCode or Hotline12345.</summary>
    [MaxLength(32)]
    public string? Channel { get; init; }
    /// <summary>Certificate number of the officer complained about, if any.</summary>
    [MaxLength(32)]
    public string? Officer { get; init; }
    [MaxLength(32)]
    public string? StreetCode { get; init; }
    [MaxLength(1000), DataType(DataType.MultilineText)]
    public string? Summary { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public DateTimeOffset? Deadline { get; init; }
    public DateTimeOffset? HandledAt { get; init; }
    /// <summary>Substantiated, PartlySubstantiated or Unsubstantiated.</summary>
    [MaxLength(32)]
    public string? Outcome { get; init; }
}
