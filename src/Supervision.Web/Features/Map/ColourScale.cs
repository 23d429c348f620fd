namespace Supervision.Web.Features.Map;

/// <summary>
/// Five classes of equal, rounded width from 1 to the largest value; zero is drawn as "nothing" rather than the
/// palest colour, so a quiet street and a street with one inspection look different.
/// </summary>
public sealed record ColourScale(IReadOnlyList<LegendClass> Classes)
{
    private static readonly string[] Activity = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
    private static readonly string[] ActivityDark = ["#0d47a1", "#1565c0", "#1e88e5", "#4fc3f7", "#b3e5fc"];
    private static readonly string[] Warnings = ["#ffeda0", "#fed976", "#fd8d3c", "#e31a1c", "#800026"];
    private static readonly string[] WarningsDark = ["#7a5c00", "#c77800", "#f57c00", "#ff3d00", "#ff1744"];

    public static ColourScale For(IEnumerable<int> values, MapMetric metric, bool dark)
    {
        var palette = (metric, dark) switch
        {
            (MapMetric.Warnings, false) => Warnings,
            (MapMetric.Warnings, true) => WarningsDark,
            (_, true) => ActivityDark,
            _ => Activity,
        };
        var max = values.DefaultIfEmpty(0).Max();
        if (max <= 0) return new([]);
        var step = NiceStep((max + palette.Length - 1) / palette.Length);
        var classes = new List<LegendClass>();
        for (var i = 0; i < palette.Length && i * step < max; i++)
            classes.Add(new LegendClass(i * step + 1, (i + 1) * step, palette[i]));
        return new(classes);
    }

    /// <summary>The fill for a value, or null for zero (drawn as an empty street).</summary>
    public string? ColourOf(int value) =>
        value <= 0 ? null : (Classes.FirstOrDefault(c => value <= c.To) ?? Classes[^1]).Colour;

    /// <summary>The smallest of 1, 2, 5, 10, 20, 50 … that is at least <paramref name="raw"/>.</summary>
    private static int NiceStep(int raw)
    {
        for (var magnitude = 1; ; magnitude *= 10)
            foreach (var m in (int[])[1, 2, 5])
                if (m * magnitude >= raw) return m * magnitude;
    }
}
