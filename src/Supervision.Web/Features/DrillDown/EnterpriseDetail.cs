using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

public sealed record EnterpriseDetail(
    int Id, string Name, string? CreditCode, CreditGrade? Grade, bool IsNewBusinessForm, DateOnly? ObservationEndsOn,
    string? Address, DateOnly? RegisteredOn, string StreetCode, string StreetName,
    FrequencyUse ThisYear, IReadOnlyList<InspectorCount> ByAgency, IReadOnlyList<InspectorCount> ByOfficer,
    IReadOnlyList<RectificationRow> Rectifications, bool Scoped);
