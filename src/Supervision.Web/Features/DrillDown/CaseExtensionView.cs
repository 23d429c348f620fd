namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// A case's approved extension of its decision limit: the day it runs to, who approved it and when, when the center
/// received it, and whether it counts (one reported after the limit had run out does not move it).
/// </summary>
public sealed record CaseExtensionView(DateOnly Until, string Approver, DateOnly ApprovedOn, DateTime? ReceivedAt = null, bool Counted = true);
