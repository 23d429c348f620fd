using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>
/// One street's figures. Inspections, cases and complaints count what happened in the period; open and overdue
/// rectification orders and overdue complaints are the state now, whatever the period (an order issued last month and
/// still not reviewed is overdue today).
/// </summary>
public sealed record StreetFigure(
    int StreetId,
    string Code,
    string Name,
    string District,
    int Inspections,
    int Cases,
    int Complaints,
    int OpenRectifications,
    int OverdueRectifications,
    int OverdueComplaints)
{
    public int Activity => Inspections + Cases;

    /// <summary>
    /// Live warnings (open or acknowledged) about the street's subjects, now, whatever the period: the warning engine's
    /// picture, which includes overdue rectifications and complaints among its fourteen rules.
    /// </summary>
    public int Warnings { get; init; }

    public int Value(MapMetric metric) => metric == MapMetric.Warnings ? Warnings : Activity;

    /// <summary>The lines the map's tooltip shows under the street's name.</summary>
    public IReadOnlyList<string> Lines() =>
    [
        District,
        UiText.Format("Map.Street.Activity", N0(Inspections), N0(Cases)),
        UiText.Format("Map.Street.Complaints", N0(Complaints), N0(OverdueComplaints)),
        UiText.Format("Map.Street.Rectifications", N0(OpenRectifications), N0(OverdueRectifications)),
        UiText.Format("Map.Street.Warnings", N0(Warnings)),
    ];

    private static string N0(int value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN"));
}
