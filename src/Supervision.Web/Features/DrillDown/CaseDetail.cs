using Supervision.Domain.Cases;
using Supervision.Domain.Matters;

namespace Supervision.Web.Features.DrillDown;

public sealed record CaseDetail(
    int Id, string Number, int AgencyId, string AgencyCode, string AgencyName,
    PartyView Party, string MatterCode, string MatterName, string LegalBasis,
    string StreetCode, string StreetName, string? Place, bool IsMajor,
    CaseStage Stage, DateTime FiledAt, DateTime? DecidedAt, DateTime? ClosedAt,
    PenaltyKind? PenaltyKind, long? Fine, DiscretionLevel? DiscretionLevel,
    FourList? FourList, string? FourListItemCode, string? FourListCircumstance,
    IReadOnlyList<TimelineStep> Timeline, IReadOnlyList<CaseOfficerView> Officers, IReadOnlyList<RectificationRow> Rectifications,
    DateTime ReceivedAt, CaseExtensionView? Extension = null, IReadOnlyList<CaseSuspensionView>? Suspensions = null)
{
    public bool AnyStageOver => Timeline.Any(s => s.Over);
}
