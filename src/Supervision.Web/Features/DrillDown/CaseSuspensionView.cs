using Supervision.Domain.Cases;

namespace Supervision.Web.Features.DrillDown;

/// <summary>One suspension of a case, with the days not counted in its decision limit so far (an open one up to today or the decision).</summary>
public sealed record CaseSuspensionView(SuspensionReason Reason, DateOnly From, DateOnly? To, string? Note, int Days);
