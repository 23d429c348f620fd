namespace Supervision.Domain.Inspections;

/// <summary>How an inspection came about. The numbers are stored: never renumber, only add.</summary>
public enum InspectionKind
{
    Routine = 0,
    /// <summary>双随机、一公开.</summary>
    DoubleRandom = 1,
    /// <summary>Triggered by a complaint or report; exempt from the credit-grade frequency (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 6).</summary>
    ComplaintTriggered = 2,
    /// <summary>综合查一次: several agencies at once, one record per agency sharing a <see cref="Inspection.JointReference"/>.</summary>
    Joint = 3,
    /// <summary>上级交办: assigned by a higher authority; one of the exceptions of 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项.</summary>
    HigherLevelAssignment = 4,
    /// <summary>其他机关移送: a matter referred by another authority; one of the exceptions of 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项.</summary>
    Referral = 5,
    /// <summary>重点领域治理部署: part of a deployed key-sector campaign; one of the exceptions of 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项.</summary>
    KeySectorCampaign = 6,
}
