using Supervision.Web.Features.Warnings.Workbench;

namespace Supervision.Web.Features.Wall;

/// <summary>The wall's 预警态势 panel: live warnings by rule and level, the agencies with the most, and those with the most overdue.</summary>
public sealed record WallWarnings(IReadOnlyList<RuleLevelCount> Rules, IReadOnlyList<AgencyWarnings> MostWarnings, IReadOnlyList<AgencyWarnings> MostOverdue);
