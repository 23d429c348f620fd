namespace Supervision.Domain.Cases;

/// <summary>A suspension as the decision clock counts it: its reason and its days (Shanghai), <see cref="To"/> null while it lasts.</summary>
public sealed record Suspension(SuspensionReason Reason, DateOnly From, DateOnly? To);
