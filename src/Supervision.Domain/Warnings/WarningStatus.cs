namespace Supervision.Domain.Warnings;

/// <summary>Where a warning stands. The numbers are stored, so they never change.</summary>
public enum WarningStatus
{
    /// <summary>待处理: raised (or raised again, or worse) and nobody has dealt with it yet.</summary>
    Open = 0,
    /// <summary>已签收: someone has it in hand; still active, still counted.</summary>
    Acknowledged = 1,
    /// <summary>暂缓: hidden from the open list until <see cref="Warning.SnoozedUntil"/>, then open again.</summary>
    Snoozed = 2,
    /// <summary>已排除: judged not a problem; stays so unless the situation gets worse than when it was dismissed.</summary>
    Dismissed = 3,
    /// <summary>已解除: the condition cleared by itself (the rule no longer finds it).</summary>
    Resolved = 4,
}
