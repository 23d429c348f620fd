namespace Supervision.Domain.Complaints;

public enum ComplaintOutcome
{
    Substantiated = 0,
    PartlySubstantiated = 1,
    Unsubstantiated = 2,
}
