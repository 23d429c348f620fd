namespace Supervision.Domain.Notices;

/// <summary>draft → issued → replied → closed (verified), or replied → sent back → replied again.</summary>
public enum NoticeStatus
{
    Draft = 0,
    Issued = 1,
    Replied = 2,
    SentBack = 3,
    Closed = 4,
}
