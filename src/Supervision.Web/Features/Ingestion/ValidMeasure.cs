using Supervision.Domain.Agencies;
using Supervision.Domain.CompulsoryMeasures;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A compulsory measure that passed every check, its case resolved if it names one.</summary>
internal sealed record ValidMeasure(
    Agency Agency, string Id, CompulsoryKind Kind, DateTime StartedAt, DateTime? EndedAt, bool IsEmergency,
    RecordPlace Place, string? PlaceName, ValidParty Party, int? CaseId);
