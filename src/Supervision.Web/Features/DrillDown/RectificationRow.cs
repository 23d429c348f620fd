using Supervision.Domain.Rectifications;

namespace Supervision.Web.Features.DrillDown;

/// <summary>A rectification order; overdue while it has no follow-up review and its deadline has passed.</summary>
public sealed record RectificationRow(
    int Id, int AgencyId, string AgencyName, string Requirement, DateTime IssuedAt, DateOnly Deadline,
    DateTime? ReviewedAt, ReviewResult? Result, int? CaseId, int? InspectionId, int DaysOverdue)
{
    public bool Overdue => DaysOverdue > 0;
}
