namespace Supervision.Domain.Inspections;

/// <summary>
/// Which inspections an agency undertakes of its own accord and which are prompted from outside its plan. After a joint
/// inspection the departments involved 本年度内原则上不再单独进行同类检查, except for inspections prompted by 投诉举报、上级交办、
/// 其他机关移送 or 重点领域治理部署 (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项): those are the kinds named here.
/// </summary>
public static class InspectionTriggers
{
    /// <summary>
    /// True for a complaint, a higher-level assignment, a referral from another authority or a key-sector campaign. Every
    /// kind is listed, so a kind added later fails loudly until someone decides which side of the clause it is on.
    /// </summary>
    public static bool PromptedFromOutside(InspectionKind kind) => kind switch
    {
        InspectionKind.ComplaintTriggered or InspectionKind.HigherLevelAssignment or InspectionKind.Referral or InspectionKind.KeySectorCampaign => true,
        InspectionKind.Routine or InspectionKind.DoubleRandom or InspectionKind.Joint => false,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Decide whether this kind is one of the exceptions of 第6项."),
    };
}
