namespace Supervision.Domain.Geography;

public enum RegionKind
{
    City = 0,
    District = 1,
    County = 2,
    FunctionZone = 3,
    Street = 4,
    Town = 5,
}
