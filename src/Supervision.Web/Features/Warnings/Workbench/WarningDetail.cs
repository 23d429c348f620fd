using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

public sealed record WarningDetail(
    WarningRow Row, string SubjectKey, string RuleSource, WarningLevel PeakLevel, string Detail, string? AgencyCode, string? StreetCode,
    DateTime? EscalatedAt, DateTime? ResolvedAt, string? ResolvedReason, string? HandledBy, DateTime? HandledAt, string? HandlingNote,
    WarningLevel? DismissedLevel, IReadOnlyList<WarningLinkView> Links, IReadOnlyList<WarningHistoryRow> History);
