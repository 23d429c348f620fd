namespace Supervision.Domain.Parties;

/// <summary>Credit grade used for graded supervision (《济南市推进行政执法精准化规定》 Art. 11, 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 7): A is the most trustworthy.</summary>
public enum CreditGrade
{
    A = 0,
    B = 1,
    C = 2,
    D = 3,
}
