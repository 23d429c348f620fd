using Supervision.Domain.Agencies;

namespace Supervision.Web.Features.DrillDown;

public sealed record AgencyFilter(string? Text = null, AgencyLevel? Level = null, Sector? Sector = null);
