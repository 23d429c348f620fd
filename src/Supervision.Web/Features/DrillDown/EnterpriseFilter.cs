using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

public sealed record EnterpriseFilter(string? Text = null, CreditGrade? Grade = null, int? StreetId = null);
