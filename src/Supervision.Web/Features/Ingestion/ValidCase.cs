using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Matters;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// A case that passed every check: at least its filing stage, and a decision exactly when it was decided. A null
/// extension or suspension list was not sent (what is stored stays); suspensions are in order of their start.
/// </summary>
internal sealed record ValidCase(
    Agency Agency, string Id, string Number, Matter Matter, RecordPlace Place, string? PlaceName, ValidParty Party, bool IsMajor,
    IReadOnlyList<int> OfficerIds, IReadOnlyList<(CaseStage Stage, DateTime At)> Stages, ValidDecision? Decision,
    ValidExtension? Extension, IReadOnlyList<ValidSuspension>? Suspensions, string? CorrectionReason)
{
    public DateTime? DecidedAt => Decision is null ? null : Stages.Single(s => s.Stage == CaseStage.Decided).At;
}
