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

    public static LevelCounts Sum(IEnumerable<LevelCounts> all) =>
        all.Aggregate(new LevelCounts(0, 0, 0, 0), (a, b) => new(a.Blue + b.Blue, a.Yellow + b.Yellow, a.Orange + b.Orange, a.Red + b.Red));
}
