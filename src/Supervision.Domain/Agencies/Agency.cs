namespace Supervision.Domain.Agencies;

/// <summary>行政执法单位.</summary>
public sealed class Agency
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AgencyLevel Level { get; set; }
    public Sector Sector { get; set; }
    public int? ParentId { get; set; }
    public int RegionId { get; set; }
}
