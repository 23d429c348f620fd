using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Geography;

namespace Supervision.Web.Features.Map;

/// <summary>
/// The districts' outlines and names, drawn over the streets so an operator reads "历下区" before "解放路街道". Built
/// from the street boundaries, not from a file of their own: a district's outline is every street edge it does not share
/// with another of its own streets (an edge two of its streets share is inside it). Where a replacement file's
/// neighbouring streets do not share their vertices exactly, nothing cancels and the district's streets are all outlined:
/// heavier, never wrong.
/// </summary>
public static class DistrictOutlines
{
    /// <summary>
    /// A GeoJSON FeatureCollection: per district a MultiLineString of its outline, with code, name, the label to write
    /// (<see cref="RegionLabel"/>), where to write it (the centre of its streets' area, not the seat of its government,
    /// which can sit at its edge) and its area (the larger district keeps its label where two would overlap).
    /// </summary>
    public static byte[] Build(JsonArray streetFeatures, IReadOnlyList<Region> regions)
    {
        var byCode = regions.ToDictionary(r => r.Code);
        var streetDistrict = regions.Where(r => r.IsStreetLevel && r.ParentId is not null)
            .ToDictionary(r => r.Code, r => regions.First(p => p.Id == r.ParentId).Code);
        // Per district, how often each undirected edge occurs among its streets' rings.
        var edges = new Dictionary<string, Dictionary<(Point, Point), int>>();
        var areas = new Dictionary<string, (double Area, double X, double Y)>();
        foreach (var feature in streetFeatures)
        {
            var code = feature?["properties"]?["code"]?.GetValue<string>();
            if (code is null || !streetDistrict.TryGetValue(code, out var district)) continue;
            var counts = edges.TryGetValue(district, out var c) ? c : edges[district] = [];
            foreach (var ring in Rings(feature!["geometry"]))
            {
                var (area, x, y) = Centroid(ring);
                var sum = areas.GetValueOrDefault(district);
                areas[district] = (sum.Area + area, sum.X + x * area, sum.Y + y * area);
                for (var i = 1; i < ring.Count; i++)
                {
                    if (ring[i - 1] == ring[i]) continue;
                    var key = Order(ring[i - 1], ring[i]);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        var city = regions.FirstOrDefault(r => r.Kind == RegionKind.City)?.Name ?? "";

        var features = new JsonArray();
        foreach (var (code, counts) in edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var district = byCode[code];
            var lines = Chain(counts.Where(e => e.Value == 1).Select(e => e.Key).ToList());
            var (sumArea, sumX, sumY) = areas[code];
            var (lon, lat) = sumArea > 0 ? (sumX / sumArea, sumY / sumArea) : (district.Longitude, district.Latitude);
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject
                {
                    ["code"] = code, ["name"] = district.Name, ["label"] = RegionLabel.Of(district.Name, city),
                    ["lon"] = Math.Round(lon, 6), ["lat"] = Math.Round(lat, 6), ["area"] = Math.Round(sumArea, 8),
                },
                ["geometry"] = new JsonObject
                {
                    ["type"] = "MultiLineString",
                    ["coordinates"] = new JsonArray(lines.Select(l => (JsonNode)new JsonArray(l.Select(p => (JsonNode)p.ToJson()).ToArray())).ToArray()),
                },
            });
        }
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features });
    }

    /// <summary>Joins segments end to end into as few lines as possible (a closed outline becomes one ring).</summary>
    private static List<List<Point>> Chain(List<(Point A, Point B)> segments)
    {
        var at = new Dictionary<Point, List<int>>();
        for (var i = 0; i < segments.Count; i++)
        {
            (at.TryGetValue(segments[i].A, out var a) ? a : at[segments[i].A] = []).Add(i);
            (at.TryGetValue(segments[i].B, out var b) ? b : at[segments[i].B] = []).Add(i);
        }
        var used = new bool[segments.Count];
        int Next(Point p)
        {
            foreach (var i in at[p])
                if (!used[i]) return i;
            return -1;
        }
        var lines = new List<List<Point>>();
        // Start at loose ends first (odd degree), so open chains are not cut in the middle.
        var starts = at.Where(p => p.Value.Count % 2 == 1).Select(p => p.Key).Concat(segments.Select(s => s.A));
        foreach (var start in starts)
            for (var first = Next(start); first >= 0; first = Next(start))
            {
                var line = new List<Point> { start };
                var point = start;
                for (var next = first; next >= 0; next = Next(point))
                {
                    used[next] = true;
                    point = segments[next].A == point ? segments[next].B : segments[next].A;
                    line.Add(point);
                }
                lines.Add(line);
            }
        return lines;
    }

    /// <summary>A ring's area (positive, in square degrees: only compared) and centre of area (shoelace formula).</summary>
    private static (double Area, double X, double Y) Centroid(List<Point> ring)
    {
        double twice = 0, cx = 0, cy = 0;
        for (var i = 1; i < ring.Count; i++)
        {
            var (x0, y0, x1, y1) = (ring[i - 1].X / 1e7, ring[i - 1].Y / 1e7, ring[i].X / 1e7, ring[i].Y / 1e7);
            var cross = x0 * y1 - x1 * y0;
            twice += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        return twice == 0 ? (0, 0, 0) : (Math.Abs(twice / 2), cx / (3 * twice), cy / (3 * twice));
    }

    private static (Point, Point) Order(Point a, Point b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);

    private static IEnumerable<List<Point>> Rings(JsonNode? geometry)
    {
        var type = geometry?["type"]?.GetValue<string>();
        var coordinates = geometry?["coordinates"] as JsonArray;
        if (coordinates is null) yield break;
        var polygons = type == "MultiPolygon" ? coordinates.OfType<JsonArray>() : type == "Polygon" ? [coordinates] : [];
        foreach (var polygon in polygons)
            foreach (var ring in polygon.OfType<JsonArray>())
                yield return ring.OfType<JsonArray>().Select(Point.Of).ToList();
    }

    /// <summary>A vertex, rounded to 1e-7° (about 1 cm) so that the same point written twice compares equal.</summary>
    private readonly record struct Point(long X, long Y) : IComparable<Point>
    {
        public static Point Of(JsonArray xy) =>
            new((long)Math.Round(xy[0]!.GetValue<double>() * 1e7), (long)Math.Round(xy[1]!.GetValue<double>() * 1e7));

        public JsonArray ToJson() => new(X / 1e7, Y / 1e7);

        public int CompareTo(Point other) => X != other.X ? X.CompareTo(other.X) : Y.CompareTo(other.Y);
    }
}
