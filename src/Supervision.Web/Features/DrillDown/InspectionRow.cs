using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

/// <summary>An inspection in a list. <see cref="PartyName"/> is already masked for a person.</summary>
public sealed record InspectionRow(
    int Id, DateTime StartedAt, int AgencyId, string AgencyCode, string AgencyName,
    int PartyId, PartyKind PartyKind, string PartyName, InspectionKind Kind, InspectionResult Result,
    bool PreFiled, string StreetCode, string StreetName, int? EvaluationScore);
