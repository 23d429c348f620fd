namespace Supervision.Domain.Inspections;

public enum InspectionResult
{
    NothingFound = 0,
    RectificationOrdered = 1,
    CaseOpened = 2,
}
