using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>
/// One rule's warnings for one agency, folded: a rule that raises hundreds of similar warnings (training hours) takes
/// one row per agency, not pages. <see cref="FirstId"/> and <see cref="FirstTitle"/> are the worst of them.
/// </summary>
public sealed record WarningGroupRow(
    string RuleCode, string RuleName, int? AgencyId, string? AgencyCode, string? AgencyName, WarningLevel Worst, int Count,
    double MaxSeverity, SeverityUnit Unit, DateTime OldestRaisedAt, int FirstId, string FirstTitle);
