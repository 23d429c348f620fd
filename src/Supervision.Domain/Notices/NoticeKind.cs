namespace Supervision.Domain.Notices;

/// <summary>The four supervision documents (威海市《关于改进和加强行政执法工作的意见》 四; PRODUCT.md item 4). The numbers are stored, so they never change.</summary>
public enum NoticeKind
{
    /// <summary>依法行政预警通知书.</summary>
    WarningNotice = 0,
    /// <summary>行政执法监督意见书.</summary>
    SupervisionOpinion = 1,
    /// <summary>行政执法监督决定书.</summary>
    SupervisionDecision = 2,
    /// <summary>督办通知.</summary>
    SupervisedHandling = 3,
}
