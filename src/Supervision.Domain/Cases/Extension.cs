namespace Supervision.Domain.Cases;

/// <summary>An approved extension as the decision clock counts it: the day it runs to and the day the center received it (null: as claimed).</summary>
public sealed record Extension(DateOnly Until, DateOnly? ReceivedOn = null)
{
    /// <summary>
    /// A case's extensions as received; a case whose extension was stored before each approval was kept with its receipt
    /// has its extension in force only, counted as claimed.
    /// </summary>
    public static IReadOnlyList<Extension> Of(DateOnly? extendedUntil, IReadOnlyList<Extension> received) =>
        received.Count > 0 ? received : extendedUntil is { } until ? [new Extension(until)] : [];
}
