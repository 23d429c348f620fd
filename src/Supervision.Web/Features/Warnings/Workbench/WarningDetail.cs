using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A warning with everything its page shows; <see cref="Subject"/> is the human label of what it is about.</summary>
public sealed record WarningDetail(
    WarningRow Row, string? Subject, string RuleSource, WarningLevel PeakLevel, string Detail, string? AgencyCode, string? StreetCode,
    DateTime? EscalatedAt, DateTime? ResolvedAt, string? ResolvedReason, string? HandledBy, DateTime? HandledAt, string? HandlingNote,
    WarningLevel? DismissedLevel, IReadOnlyList<WarningLinkView> Links, IReadOnlyList<WarningHistoryRow> History)
{
    /// <summary>The notices drawn up on it, newest first.</summary>
    public IReadOnlyList<NoticeCover> Notices { get; init; } = [];
}
