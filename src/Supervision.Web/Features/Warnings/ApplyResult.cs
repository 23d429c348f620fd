namespace Supervision.Web.Features.Warnings;

/// <summary>Counts of what one application of findings did.</summary>
public sealed record ApplyResult(int Findings, int Raised, int Escalated, int Resolved, IReadOnlyList<WarningNews> News);
