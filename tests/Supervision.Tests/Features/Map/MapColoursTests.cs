using System.Globalization;
using Supervision.Web.Features.Map;

namespace Supervision.Tests.Features.Map;

/// <summary>
/// The map's classes can be told apart where they are drawn: each class, laid over its background at the map's fill
/// opacity, differs from the next class and from an empty street by a visible step in CIELAB (ΔE*ab; about 2 is "just
/// noticeable", 10 is plainly different). The wall's old dark blues were 13 apart and nearly the background's colour.
/// </summary>
public class MapColoursTests
{
    public static TheoryData<MapMetric, bool> Maps => new()
    {
        { MapMetric.Activity, false }, { MapMetric.Activity, true }, { MapMetric.Warnings, false }, { MapMetric.Warnings, true },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void Each_class_stands_apart_from_the_next_and_from_an_empty_street(MapMetric metric, bool dark)
    {
        var palette = MapPalette.For(dark);
        var classes = ColourScale.PaletteOf(metric, dark).Select(c => Over(c, palette.FillOpacity, palette.Background)).ToList();
        var empty = Over(palette.Empty, palette.EmptyOpacity, palette.Background);
        // The wall is read from across a room: a larger step there.
        var step = dark ? 20 : 15;

        Assert.Equal(5, classes.Count);
        for (var i = 1; i < classes.Count; i++)
            Assert.True(DeltaE(classes[i - 1], classes[i]) >= step, $"classes {i} and {i + 1} are {DeltaE(classes[i - 1], classes[i]):F1} apart");
        Assert.All(classes, c => Assert.True(DeltaE(c, empty) >= step, $"a class is {DeltaE(c, empty):F1} from an empty street"));
        // The outlines of the districts read over every class.
        var district = Over(palette.District, 0.9, palette.Background);
        Assert.All(classes, c => Assert.True(DeltaE(c, district) >= 10, $"the district outline is {DeltaE(c, district):F1} from a class"));
    }

    [Fact]
    public void The_measure_tells_close_colours_from_far_ones()
    {
        Assert.True(DeltaE(Lab("#0d47a1"), Lab("#1565c0")) < 15);
        Assert.True(DeltaE(Lab("#000000"), Lab("#ffffff")) > 99);
    }

    private static (double L, double A, double B) Over(string colour, double opacity, string background)
    {
        var (fr, fg, fb) = Rgb(colour);
        var (br, bg, bb) = Rgb(background);
        return Lab(fr * opacity + br * (1 - opacity), fg * opacity + bg * (1 - opacity), fb * opacity + bb * (1 - opacity));
    }

    private static (double L, double A, double B) Lab(string hex)
    {
        var (r, g, b) = Rgb(hex);
        return Lab(r, g, b);
    }

    private static (double R, double G, double B) Rgb(string hex) =>
        (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));

    private static double Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber) / 255.0;

    /// <summary>sRGB (0–1) to CIELAB under D65.</summary>
    private static (double L, double A, double B) Lab(double r, double g, double b)
    {
        static double Linear(double c) => c > 0.04045 ? Math.Pow((c + 0.055) / 1.055, 2.4) : c / 12.92;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : 7.787 * t + 16.0 / 116;
        var (lr, lg, lb) = (Linear(r), Linear(g), Linear(b));
        var x = F((lr * 0.4124 + lg * 0.3576 + lb * 0.1805) / 0.95047);
        var y = F(lr * 0.2126 + lg * 0.7152 + lb * 0.0722);
        var z = F((lr * 0.0193 + lg * 0.1192 + lb * 0.9505) / 1.08883);
        return (116 * y - 16, 500 * (x - y), 200 * (y - z));
    }

    private static double DeltaE((double L, double A, double B) p, (double L, double A, double B) q) =>
        Math.Sqrt(Math.Pow(p.L - q.L, 2) + Math.Pow(p.A - q.A, 2) + Math.Pow(p.B - q.B, 2));
}
