using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record EnterpriseFilter(string? Text = null, CreditGrade? Grade = null, int? StreetId = null);
