using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Warnings.Workbench;

public sealed record WarningDetail(
    WarningRow Row, string SubjectKey, string RuleSource, WarningLevel PeakLevel, string Detail, string? AgencyCode, string? StreetCode,
    DateTime? EscalatedAt, DateTime? ResolvedAt, string? ResolvedReason, string? HandledBy, DateTime? HandledAt, string? HandlingNote,
    WarningLevel? DismissedLevel, IReadOnlyList<WarningLinkView> Links, IReadOnlyList<WarningHistoryRow> History);
