using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

public sealed record EnterpriseRow(int Id, string Name, string? CreditCode, CreditGrade? Grade, string StreetCode,
    string StreetName, bool IsNewBusinessForm, FrequencyUse ThisYear);
