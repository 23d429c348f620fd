namespace Supervision.Domain.Notices;

/// <summary>What a notice is about: a warning or a case it was created from.</summary>
public enum NoticeSubjectKind
{
    Warning = 0,
    Case = 1,
}
