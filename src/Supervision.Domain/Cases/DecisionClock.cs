namespace Supervision.Domain.Cases;

/// <summary>
/// What moves a case's decision limit as the center counts it (<see cref="DecisionPeriod.Clock"/>): the extensions and the
/// suspensions received in time, and those reported only after the deadline they would have moved had passed, which are
/// kept (they are the agency's record) but do not move it.
/// </summary>
public sealed record DecisionClock(
    DateOnly? ExtendedUntil,
    IReadOnlyList<Suspension> Suspensions,
    IReadOnlyList<Extension>? LateExtensions = null,
    IReadOnlyList<Suspension>? LateSuspensions = null)
{
    public static readonly DecisionClock None = new(null, []);

    public IReadOnlyList<Extension> ExtensionsNotCounted => LateExtensions ?? [];

    public IReadOnlyList<Suspension> SuspensionsNotCounted => LateSuspensions ?? [];
}
