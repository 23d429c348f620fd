using Supervision.Domain.Agencies;

namespace Supervision.Web.Features.DrillDown;

public sealed record AgencyDetail(
    int Id, string Code, string Name, AgencyLevel Level, Sector Sector,
    string RegionCode, string RegionName, bool RegionIsStreet, string? ParentCode, string? ParentName, int Officers);
