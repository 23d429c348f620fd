using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record AgencyFilter(string? Text = null, AgencyLevel? Level = null, Sector? Sector = null);
