using Supervision.Domain.Agencies;

namespace Supervision.Web.Features.DrillDown;

/// <summary>An agency in the list, with its officers and its activity in the chosen period.</summary>
public sealed record AgencyRow(int Id, string Code, string Name, AgencyLevel Level, Sector Sector, string RegionName, int Officers, int Inspections, int CasesFiled);
