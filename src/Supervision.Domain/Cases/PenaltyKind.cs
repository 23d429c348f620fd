namespace Supervision.Domain.Cases;

public enum PenaltyKind
{
    NoPenalty = 0,
    Warning = 1,
    Fine = 2,
    Confiscation = 3,
    SuspendBusiness = 4,
    RevokeLicence = 5,
}
