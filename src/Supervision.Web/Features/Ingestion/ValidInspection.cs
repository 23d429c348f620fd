using Supervision.Domain.Agencies;
using Supervision.Domain.Inspections;

namespace Supervision.Web.Features.Ingestion;

/// <summary>An inspection that passed every check, officers resolved to their ids.</summary>
internal sealed record ValidInspection(
    Agency Agency, string Id, InspectionKind Kind, string? JointReference, DateTime? PreFiledAt, DateTime StartedAt, DateTime? EndedAt,
    RecordPlace Place, string? PlaceName, ValidParty Party, IReadOnlyList<int> OfficerIds, InspectionResult Result,
    int? EvaluationScore, string? EvaluationComment, DateTime? EvaluatedAt);
