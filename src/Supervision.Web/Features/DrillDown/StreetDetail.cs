using Supervision.Domain.Geography;

namespace Supervision.Web.Features.DrillDown;

public sealed record StreetDetail(int Id, string Code, string Name, RegionKind Kind, string? DistrictCode, string? DistrictName, int Enterprises, int Persons, bool Scoped);
