namespace Supervision.Domain.Warnings;

/// <summary>What happened to a warning, for its history, the live screens and the webhooks.</summary>
public enum WarningChangeKind
{
    Raised = 0,
    Escalated = 1,
    Lowered = 2,
    Resolved = 3,
    Reopened = 4,
    Acknowledged = 5,
    Dismissed = 6,
    Snoozed = 7,
    Woken = 8,
    Updated = 9,
}
