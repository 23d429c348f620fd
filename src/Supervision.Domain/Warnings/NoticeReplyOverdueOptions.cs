namespace Supervision.Domain.Warnings;

/// <summary>A supervision notice's reply overdue (severity: Shanghai days after the reply deadline day).</summary>
public sealed record NoticeReplyOverdueOptions
{
    public Escalation Levels { get; init; } = Escalation.Of(1, 4, 8, 15);
}
