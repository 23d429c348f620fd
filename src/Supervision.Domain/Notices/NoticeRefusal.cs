namespace Supervision.Domain.Notices;

/// <summary>Why a notice refused a transition (<see cref="NoticeActionException"/>).</summary>
public enum NoticeRefusal
{
    WrongStatus,
    Required,
    DeadlineNotAfterIssueDay,
    DeadlineNotAfterToday,
    AlreadyEscalated,
    NoReplyToReview,
}
