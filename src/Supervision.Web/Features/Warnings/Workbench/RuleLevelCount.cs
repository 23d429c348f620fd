using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>One rule's active warnings by level, for the counts above the list.</summary>
public sealed record RuleLevelCount(string RuleCode, string RuleName, LevelCounts Counts)
{
    public int Total => Counts.Blue + Counts.Yellow + Counts.Orange + Counts.Red;

    public WarningLevel Worst => Counts.Red > 0 ? WarningLevel.Red : Counts.Orange > 0 ? WarningLevel.Orange
        : Counts.Yellow > 0 ? WarningLevel.Yellow : WarningLevel.Blue;
}
