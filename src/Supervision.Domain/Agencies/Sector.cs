namespace Supervision.Domain.Agencies;

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
