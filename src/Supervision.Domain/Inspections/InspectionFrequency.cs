using Supervision.Domain.Parties;

namespace Supervision.Domain.Inspections;

/// <summary>
/// How many routine and double-random inspections a year an enterprise of each credit grade should see: fewer for the
/// trustworthy, more for the dishonest (《济南市推进行政执法精准化规定》 Art. 11; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 7). The figures are the product's defaults;
/// each city sets its own in configuration.
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

    /// <summary>
    /// Routine, double-random and joint inspections count; those prompted from outside the agency's plan — a complaint, a
    /// higher-level assignment (上级交办), a referral from another authority (其他机关移送), a key-sector campaign
    /// (重点领域治理部署) — do not. The grade sets how often an agency chooses to visit an enterprise; an inspection it was
    /// prompted or instructed to make is not that choice, and the plan names these four together as its exceptions
    /// (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项). Counting them would also push an agency to refuse a
    /// complaint or a referral once an enterprise's yearly number was used up.
    /// </summary>
    public static bool Counts(InspectionKind kind) => !InspectionTriggers.PromptedFromOutside(kind);
}
