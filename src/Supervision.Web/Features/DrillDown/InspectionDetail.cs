using Supervision.Domain.Inspections;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// One inspection as its page shows it. <see cref="PreFilingCounts"/> is when its pre-filing counts from (a pre-filing a
/// resend added counts from its receipt); <see cref="RecordNumber"/> is the agency's own number for the record.
/// </summary>
public sealed record InspectionDetail(
    int Id, string RecordNumber, int AgencyId, string AgencyCode, string AgencyName, PartyView Party,
    InspectionKind Kind, string? JointReference, DateTime StartedAt, DateTime? EndedAt,
    DateTime? PreFiledAt, DateTime? PreFilingCounts, string StreetCode, string StreetName, string? Place,
    InspectionResult Result, int? EvaluationScore, string? EvaluationComment, DateTime? EvaluatedAt,
    IReadOnlyList<CaseOfficerView> Officers, DateTime ReceivedAt)
{
    public bool PreFiledLate => PreFilingCounts is { } counts && counts > StartedAt;
}
