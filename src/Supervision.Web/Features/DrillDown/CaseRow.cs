using Supervision.Domain.Cases;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

/// <summary>A case in a list. <see cref="PartyName"/> is already masked for a person.</summary>
public sealed record CaseRow(
    int Id, string Number, DateTime FiledAt, CaseStage Stage,
    int AgencyId, string AgencyCode, string AgencyName,
    int PartyId, PartyKind PartyKind, string PartyName,
    string MatterName, long? Fine, DateTime? DecidedAt, bool DecisionOverdue);
