using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>Active warnings by level, for the counters above the list.</summary>
public sealed record LevelCounts(int Blue, int Yellow, int Orange, int Red)
{
    public int Of(WarningLevel level) => level switch
    {
        WarningLevel.Blue => Blue,
        WarningLevel.Yellow => Yellow,
        WarningLevel.Orange => Orange,
        _ => Red,
    };
}
