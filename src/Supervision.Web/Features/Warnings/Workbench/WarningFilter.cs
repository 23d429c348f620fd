using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>What the warning list is narrowed to; null parts do not narrow. Statuses default to the active ones.</summary>
public sealed record WarningFilter(
    IReadOnlySet<WarningLevel>? Levels = null,
    string? RuleCode = null,
    int? AgencyId = null,
    int? StreetId = null,
    IReadOnlySet<WarningStatus>? Statuses = null,
    string? Text = null)
{
    public static readonly IReadOnlySet<WarningStatus> Active = new HashSet<WarningStatus> { WarningStatus.Open, WarningStatus.Acknowledged, WarningStatus.Snoozed };
}
