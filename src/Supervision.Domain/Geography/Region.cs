namespace Supervision.Domain.Geography;

/// <summary>City → district / county / function zone → street / town. Boundaries live in the map GeoJSON, matched by <see cref="Code"/>.</summary>
public sealed class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public RegionKind Kind { get; set; }
    public int? ParentId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    public bool IsStreetLevel => Kind is RegionKind.Street or RegionKind.Town;
}
