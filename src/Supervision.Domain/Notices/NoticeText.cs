namespace Supervision.Domain.Notices;

public static class NoticeText
{
    public static string Chinese(this NoticeAction action) => action switch
    {
        NoticeAction.Edit => "编辑",
        NoticeAction.Issue => "签发",
        NoticeAction.Reply => "回复",
        NoticeAction.Accept => "办结",
        NoticeAction.SendBack => "退回",
        _ => "升级督办",
    };

    public static string Chinese(this NoticeStatus status) => status switch
    {
        NoticeStatus.Draft => "草稿",
        NoticeStatus.Issued => "已签发",
        NoticeStatus.Replied => "已回复",
        NoticeStatus.SentBack => "已退回",
        NoticeStatus.Closed => "已办结",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The document's title as printed.</summary>
    public static string Chinese(this NoticeKind kind) => kind switch
    {
        NoticeKind.WarningNotice => "依法行政预警通知书",
        NoticeKind.SupervisionOpinion => "行政执法监督意见书",
        NoticeKind.SupervisionDecision => "行政执法监督决定书",
        NoticeKind.SupervisedHandling => "督办通知",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
