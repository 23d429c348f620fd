namespace Supervision.Web.Features.Map;

/// <summary>What the map colours a street by.</summary>
public enum MapMetric
{
    /// <summary>活动: inspections and cases filed in the period.</summary>
    Activity = 0,
    /// <summary>预警: see <see cref="StreetFigure.Warnings"/>.</summary>
    Warnings = 1,
}
