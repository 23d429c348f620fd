namespace Supervision.Domain.Inspections;

public sealed class InspectionOfficer
{
    public int InspectionId { get; set; }
    public int OfficerId { get; set; }
}
