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

/// <summary>A case in a list. <see cref="PartyName"/> is already masked for a person.</summary>
public sealed record CaseRow(
    int Id, string Number, DateTime FiledAt, CaseStage Stage,
    int AgencyId, string AgencyCode, string AgencyName,
    int PartyId, PartyKind PartyKind, string PartyName,
    string MatterName, long? Fine, DateTime? DecidedAt, bool DecisionOverdue);
