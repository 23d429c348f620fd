namespace Supervision.Domain.Notices;

/// <summary>The transitions of a supervision notice, for saying which one a state refused.</summary>
public enum NoticeAction
{
    Edit,
    Issue,
    Reply,
    Accept,
    SendBack,
    Escalate,
}
