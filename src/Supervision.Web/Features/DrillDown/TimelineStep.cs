using Supervision.Domain.Cases;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// One stage of a case's timeline. <see cref="At"/> is null for a stage still to come whose time limit already runs;
/// for a stage with a time limit, the days used count from <see cref="CountedFrom"/>'s day to the stage's day (or
/// today while it is still to come), and it is over when that day is after <see cref="Deadline"/>. The decision's limit
/// may be moved by an approved extension (<see cref="ExtendedUntil"/>) and suspended days, which are not in the days used.
/// </summary>
public sealed record TimelineStep(
    CaseStage Stage,
    DateTime? At,
    CaseStage? CountedFrom = null,
    int? DaysUsed = null,
    int? DaysAllowed = null,
    bool WorkingDays = false,
    DateOnly? Deadline = null,
    bool Over = false,
    DateOnly? ExtendedUntil = null,
    int SuspendedDays = 0)
{
    public bool Pending => At is null;
    public bool HasLimit => DaysAllowed is not null;
}
