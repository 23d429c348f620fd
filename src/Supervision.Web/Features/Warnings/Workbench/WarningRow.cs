using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A warning in the list. <see cref="Revision"/> is what the reader saw, so an action on it can tell whether it changed since.</summary>
public sealed record WarningRow(
    int Id, int Revision, WarningLevel Level, string RuleCode, string RuleName, string Title,
    string? AgencyName, string? StreetName, WarningStatus Status, DateTime RaisedAt, DateTime UpdatedAt, double Severity, DateTime? SnoozedUntil)
{
    public WarningRef Ref => new(Id, Revision);
}
