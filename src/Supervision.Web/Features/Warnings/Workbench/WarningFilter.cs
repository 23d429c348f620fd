using Supervision.Domain.Warnings;

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
