using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A warning in the list. <see cref="Revision"/> is what the reader saw, so an action on it can tell whether it changed since.</summary>
public sealed record WarningRow(
    int Id, int Revision, WarningLevel Level, string RuleCode, string RuleName, string Title,
    string? AgencyName, string? StreetName, WarningStatus Status, DateTime RaisedAt, DateTime UpdatedAt, double Severity, DateTime? SnoozedUntil)
{
    public WarningRef Ref => new(Id, Revision);

    /// <summary>Whom or what it is about, by name (the enterprise, the case number, the officer …); null when the reader may not see it.</summary>
    public string? Subject { get; init; }

    public SeverityUnit Unit { get; init; }

    /// <summary>The latest notice drawn up on it, if any.</summary>
    public NoticeCover? Notice { get; init; }

    /// <summary>Who last acknowledged, snoozed or dismissed it, by display name.</summary>
    public string? HandledBy { get; init; }
}
