using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record InspectionFilter(int? AgencyId = null, int? StreetId = null, int? PartyId = null, int? OfficerId = null, Period? Started = null);
