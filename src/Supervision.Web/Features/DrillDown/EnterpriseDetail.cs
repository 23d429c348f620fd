using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record EnterpriseDetail(
    int Id, string Name, string? CreditCode, CreditGrade? Grade, bool IsNewBusinessForm, DateOnly? ObservationEndsOn,
    string? Address, DateOnly? RegisteredOn, string StreetCode, string StreetName,
    FrequencyUse ThisYear, IReadOnlyList<InspectorCount> ByAgency, IReadOnlyList<InspectorCount> ByOfficer,
    IReadOnlyList<RectificationRow> Rectifications, bool Scoped);
