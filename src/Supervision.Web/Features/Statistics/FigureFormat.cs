namespace Supervision.Web.Features.Statistics;

public enum FigureFormat
{
    Count,
    /// <summary>Yuan.</summary>
    Money,
    /// <summary>A share (0–1), computed from the row's own counts, never summed.</summary>
    Rate,
}
