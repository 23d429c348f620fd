using Supervision.Domain.Agencies;
using Supervision.Domain.Rectifications;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A rectification order that passed every check, its links resolved to the records it follows; the review is optional.</summary>
internal sealed record ValidRectification(
    Agency Agency, string Id, ValidParty Party, RecordPlace Place, string Requirement, DateTime IssuedAt, DateOnly Deadline,
    int? InspectionId, int? CaseId, ReviewResult? ReviewResult, DateTime? ReviewedAt);
