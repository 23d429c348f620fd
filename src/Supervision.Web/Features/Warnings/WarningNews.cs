using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// A change to a warning, as the screens, the hub and the webhooks see it. Texts name things as people know them
/// (<see cref="WarningNames"/>); a natural person is masked.
/// </summary>
public sealed record WarningNews(
    int WarningId,
    string RuleCode,
    string RuleName,
    WarningChangeKind Change,
    WarningLevel Level,
    WarningStatus Status,
    string Title,
    string Detail,
    int? AgencyId,
    int? StreetId,
    DateTime At,
    string? By)
{
    /// <summary>Made on another app instance and relayed here (Features/ScaleOut); not part of what the hub or a webhook sends.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Remote { get; init; }

    /// <summary>What wakes a wall screen: a new warning, or one that got worse.</summary>
    public bool IsAlarm => Change is WarningChangeKind.Raised or WarningChangeKind.Escalated or WarningChangeKind.Reopened;
}
