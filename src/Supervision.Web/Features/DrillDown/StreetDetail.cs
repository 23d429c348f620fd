using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.DrillDown;

public sealed record StreetDetail(int Id, string Code, string Name, RegionKind Kind, string? DistrictCode, string? DistrictName, int Enterprises, int Persons, bool Scoped);
