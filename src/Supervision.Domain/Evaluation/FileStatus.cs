namespace Supervision.Domain.Evaluation;

public enum FileStatus
{
    Unassigned = 0,
    Assigned = 1,
    Scored = 2,
}
