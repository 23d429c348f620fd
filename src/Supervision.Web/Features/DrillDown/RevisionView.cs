namespace Supervision.Web.Features.DrillDown;

/// <summary>One entry of a record's history as a person reads it: when the center received it, through what, why, and what changed.</summary>
public sealed record RevisionView(DateTime ReceivedAt, string Source, string? Reason, IReadOnlyList<FieldChangeView> Changes);
