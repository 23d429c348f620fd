namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// An agency system's API key. Only a hash is stored; the key itself is shown once, when created. The prefix (the first
/// characters of the key) finds the row without comparing every hash.
/// </summary>
public sealed class AgencyKey
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public string? Label { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
