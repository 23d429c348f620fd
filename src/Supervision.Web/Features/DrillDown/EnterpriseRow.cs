using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record EnterpriseRow(int Id, string Name, string? CreditCode, CreditGrade? Grade, string StreetCode,
    string StreetName, bool IsNewBusinessForm, FrequencyUse ThisYear);
