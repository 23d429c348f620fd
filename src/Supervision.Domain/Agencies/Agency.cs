namespace Supervision.Domain.Agencies;

public enum AgencyLevel
{
    City = 0,
    District = 1,
    Street = 2,
}

/// <summary>Enforcement fields. Street-level teams are <see cref="Comprehensive"/> (综合行政执法).</summary>
public enum Sector
{
    UrbanManagement = 0,
    MarketRegulation = 1,
    Ecology = 2,
    Transport = 3,
    EmergencyManagement = 4,
    CultureTourism = 5,
    Agriculture = 6,
    Health = 7,
    NaturalResources = 8,
    Housing = 9,
    Water = 10,
    Education = 11,
    HumanResources = 12,
    PublicSecurity = 13,
    Forestry = 14,
    Comprehensive = 15,
    Other = 16,
}

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
