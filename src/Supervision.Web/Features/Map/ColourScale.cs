namespace Supervision.Web.Features.Map;

/// <summary>
/// Five classes of equal, rounded width from 1 to the largest value; zero is drawn as "nothing" rather than the
/// palest colour, so a quiet street and a street with one inspection look different.
/// </summary>
public sealed record ColourScale(IReadOnlyList<LegendClass> Classes)
{
    // On the desk, ColorBrewer's YlGnBu and a yellow-to-dark-red (five blues alone are too close to tell apart); on the
    // wall's dark blue, dark blues vanish, so its activity runs from a mid blue through cyan and green to yellow, and its
    // warnings from olive to red. Each class differs from the next and from an empty street by a visible step, as
    // drawn over the map's background (MapColoursTests measures it in CIELAB).
    private static readonly string[] Activity = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"];
    private static readonly string[] ActivityDark = ["#4a78c8", "#1fa3d9", "#35d0c8", "#a6e86b", "#fff35c"];
    private static readonly string[] Warnings = ["#ffe082", "#fdb04b", "#f46d43", "#d7191c", "#7f0026"];
    private static readonly string[] WarningsDark = ["#8a7a2e", "#d4a017", "#ff8f00", "#ff5722", "#ff1744"];

    /// <summary>The five class colours, lowest first.</summary>
    public static IReadOnlyList<string> PaletteOf(MapMetric metric, bool dark) => (metric, dark) switch
    {
        (MapMetric.Warnings, false) => Warnings,
        (MapMetric.Warnings, true) => WarningsDark,
        (_, true) => ActivityDark,
        _ => Activity,
    };

    public static ColourScale For(IEnumerable<int> values, MapMetric metric, bool dark)
    {
        var palette = PaletteOf(metric, dark);
        var max = values.DefaultIfEmpty(0).Max();
        if (max <= 0) return new([]);
        var step = NiceStep((max + palette.Count - 1) / palette.Count);
        var classes = new List<LegendClass>();
        for (var i = 0; i < palette.Count && i * step < max; i++)
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
