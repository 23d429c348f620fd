namespace Supervision.Domain.Cases;

/// <summary>Why a case's clock stopped (中止): periods that are not counted in the decision limit, see <see cref="DecisionPeriod"/>.</summary>
public enum SuspensionReason
{
    /// <summary>听证.</summary>
    Hearing = 1,
    /// <summary>检测、检验、检疫、鉴定.</summary>
    Appraisal = 2,
    /// <summary>公告.</summary>
    Announcement = 3,
    /// <summary>其他中止情形 (e.g. 权利人辨认或者鉴别).</summary>
    Other = 4,
}
