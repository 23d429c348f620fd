namespace Supervision.Domain.Cases;

/// <summary>
/// A suspension as the decision clock counts it: its reason and its days (Shanghai), <see cref="To"/> null while it lasts,
/// and the day the center received it (null: as claimed, e.g. with the case itself).
/// </summary>
public sealed record Suspension(SuspensionReason Reason, DateOnly From, DateOnly? To, DateOnly? ReceivedOn = null);
