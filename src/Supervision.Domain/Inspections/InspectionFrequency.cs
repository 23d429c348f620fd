using Supervision.Domain.Parties;

namespace Supervision.Domain.Inspections;

/// <summary>
/// How many routine and double-random inspections a year an enterprise of each credit grade should see: fewer for the
/// trustworthy, more for the dishonest (《济南市推进行政执法精准化规定》 Art. 11; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 7). The figures are the product's defaults;
/// each city sets its own in configuration. Complaint-triggered inspections are not counted (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 6).
/// </summary>
public sealed record InspectionFrequency(int GradeA = 2, int GradeB = 3, int GradeC = 5, int GradeD = 8)
{
    public int MaxPerYear(CreditGrade grade) => grade switch
    {
        CreditGrade.A => GradeA,
        CreditGrade.B => GradeB,
        CreditGrade.C => GradeC,
        _ => GradeD,
    };

    public static bool Counts(InspectionKind kind) => kind is not InspectionKind.ComplaintTriggered;
}
