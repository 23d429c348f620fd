using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Geography;
using Supervision.Web.Features.Map;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Map;

public class DistrictOutlinesTests
{
    private static readonly Region[] Regions =
    [
        new() { Id = 1, Code = "370102", Name = "历下区", Kind = RegionKind.District, Longitude = 117.1, Latitude = 36.6 },
        new() { Id = 2, Code = "370103", Name = "市中区", Kind = RegionKind.District, Longitude = 117.3, Latitude = 36.6 },
        new() { Id = 11, Code = "370102001", Name = "解放路街道", Kind = RegionKind.Street, ParentId = 1 },
        new() { Id = 12, Code = "370102002", Name = "千佛山街道", Kind = RegionKind.Street, ParentId = 1 },
        new() { Id = 21, Code = "370103002", Name = "大观园街道", Kind = RegionKind.Street, ParentId = 2 },
    ];

    [Fact]
    public void An_edge_two_streets_of_one_district_share_is_inside_it_and_an_edge_between_districts_outlines_both()
    {
        // Three unit squares in a row: two streets of 历下区, then one of 市中区.
        var features = new JsonArray(Square("370102001", 0), Square("370102002", 1), Square("370103002", 2));
        var outlines = Read(DistrictOutlines.Build(features, Regions));

        Assert.Equal(["370102", "370103"], outlines.Select(o => o.Code));
        var lixia = outlines[0];
        Assert.Equal("历下区", lixia.Name);
        // Its name sits at the centre of its streets' area, not at the seat given in regions.json.
        Assert.Equal((1.0, 0.5), (lixia.Lon, lixia.Lat));
        // The 2×1 rectangle: six unit edges, chained into one closed ring; the edge at x = 1 is gone.
        var ring = Assert.Single(lixia.Lines);
        Assert.Equal(7, ring.Count);
        Assert.Equal(ring[0], ring[^1]);
        Assert.DoesNotContain(Segments(ring), s => s == ((1, 0), (1, 1)));
        // The edge at x = 2 lies between the districts: in both outlines.
        Assert.Contains(Segments(ring), s => s == ((2, 0), (2, 1)));
        Assert.Contains(Segments(Assert.Single(outlines[1].Lines)), s => s == ((2, 0), (2, 1)));
        Assert.Equal(4, Segments(outlines[1].Lines[0]).Count);
    }

    [Fact]
    public void The_shipped_map_outlines_each_of_the_fifteen_districts_with_closed_rings_far_lighter_than_its_streets()
    {
        var reference = ReferenceData.Load(TestPaths.DataSeed);
        var streets = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.DataSeed, "map", "streets.geojson")))!["features"]!.AsArray();
        var outlines = Read(DistrictOutlines.Build(streets, reference.Regions));

        Assert.Equal(15, outlines.Count);
        Assert.All(outlines, o => Assert.All(o.Lines, l => Assert.Equal(l[0], l[^1])));
        var outlineEdges = outlines.Sum(o => o.Lines.Sum(l => l.Count - 1));
        var streetEdges = streets.Sum(f => f!["geometry"]!["coordinates"]!.AsArray().Sum(r => r!.AsArray().Count - 1));
        Assert.InRange(outlineEdges, 1, streetEdges / 2);
    }

    private static JsonNode Square(string code, int x) => JsonNode.Parse($$"""
        { "type": "Feature", "properties": { "code": "{{code}}" },
          "geometry": { "type": "Polygon", "coordinates": [[[{{x}},0],[{{x + 1}},0],[{{x + 1}},1],[{{x}},1],[{{x}},0]]] } }
        """)!;

    private static List<((double, double), (double, double))> Segments(List<(double X, double Y)> line) =>
        line.Zip(line.Skip(1), (a, b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a)).ToList();

    private static List<Outline> Read(byte[] json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("features").EnumerateArray().Select(f => new Outline(
            f.GetProperty("properties").GetProperty("code").GetString()!,
            f.GetProperty("properties").GetProperty("name").GetString()!,
            f.GetProperty("properties").GetProperty("lon").GetDouble(),
            f.GetProperty("properties").GetProperty("lat").GetDouble(),
            f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
                .Select(l => l.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList()).ToList())).ToList();

    private sealed record Outline(string Code, string Name, double Lon, double Lat, List<List<(double X, double Y)>> Lines);
}
