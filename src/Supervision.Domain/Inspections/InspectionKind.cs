namespace Supervision.Domain.Inspections;

public enum InspectionKind
{
    Routine = 0,
    /// <summary>双随机、一公开.</summary>
    DoubleRandom = 1,
    /// <summary>Triggered by a complaint or report; exempt from the credit-grade frequency (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 6).</summary>
    ComplaintTriggered = 2,
    /// <summary>综合查一次: several agencies at once, one record per agency sharing a <see cref="Inspection.JointReference"/>.</summary>
    Joint = 3,
}
