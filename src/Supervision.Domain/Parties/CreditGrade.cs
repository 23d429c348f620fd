namespace Supervision.Domain.Parties;

/// <summary>Credit grade used for graded supervision (seeds/000 Art. 11, seeds/001 item 7): A is the most trustworthy.</summary>
public enum CreditGrade
{
    A = 0,
    B = 1,
    C = 2,
    D = 3,
}
