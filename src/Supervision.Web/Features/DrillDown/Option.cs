using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record Option(int Id, string Code, string Name);
