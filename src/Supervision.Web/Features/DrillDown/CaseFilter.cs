using Supervision.Domain.Cases;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>What a case list is narrowed to; every part is optional.</summary>
public sealed record CaseFilter(
    int? AgencyId = null,
    CaseStage? Stage = null,
    int? MatterId = null,
    int? StreetId = null,
    int? PartyId = null,
    int? OfficerId = null,
    Period? Filed = null,
    bool OverdueOnly = false);
