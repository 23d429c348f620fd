using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>An agency in the list, with its officers and its activity in the chosen period.</summary>
public sealed record AgencyRow(int Id, string Code, string Name, AgencyLevel Level, Sector Sector, string RegionName, int Officers, int Inspections, int CasesFiled);
