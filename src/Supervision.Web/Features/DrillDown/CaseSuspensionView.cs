using Supervision.Domain.Cases;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// One suspension of a case, with the days not counted in its decision limit so far (an open one up to today or the
/// decision), when the center received it, and whether it counts: one reported after the limit had run out does not move it.
/// </summary>
public sealed record CaseSuspensionView(SuspensionReason Reason, DateOnly From, DateOnly? To, string? Note, int Days, DateTime? ReceivedAt = null,
    bool Counted = true);
