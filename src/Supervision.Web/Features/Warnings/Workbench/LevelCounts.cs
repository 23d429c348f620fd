using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

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
