namespace Supervision.Domain.Notices;

/// <summary>
/// A transition the notice's state (or a missing value) does not allow, with the field it concerns. The message is
/// Chinese (logs, tests); screens say it in the reader's language from <see cref="Refusal"/>, <see cref="Status"/> and
/// <see cref="Action"/>.
/// </summary>
public sealed class NoticeActionException(string field, NoticeRefusal refusal, string message) : InvalidOperationException(message)
{
    public string Field { get; } = field;

    public NoticeRefusal Refusal { get; } = refusal;

    /// <summary>For <see cref="NoticeRefusal.WrongStatus"/>: the state the notice was in.</summary>
    public NoticeStatus? Status { get; init; }

    /// <summary>For <see cref="NoticeRefusal.WrongStatus"/>: what was refused.</summary>
    public NoticeAction? Action { get; init; }
}
