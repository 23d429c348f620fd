using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Web.Features.Map;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Map;

public class StreetMapTests : IDisposable
{
    private static readonly ReferenceData Reference = ReferenceData.Load(TestPaths.DataSeed);
    private readonly string _dir = Directory.CreateTempSubdirectory("supervision-map-").FullName;

    [Fact]
    public void The_shipped_map_has_a_boundary_for_every_street_and_nothing_else()
    {
        var map = new StreetMap(Path.Combine(TestPaths.DataSeed, "map", "streets.geojson"), Reference, NullLogger<StreetMap>.Instance);
        Assert.Equal(161, map.FeatureCount);
        Assert.Empty(map.MissingStreets);
        Assert.Empty(map.UnknownFeatures);
        Assert.Empty(map.UnplacedStreets);
    }

    [Fact]
    public void A_replacement_file_with_other_codes_is_reported_street_by_street()
    {
        var street = Reference.Streets.First();
        var path = Path.Combine(_dir, "official.geojson");
        File.WriteAllText(path, $$"""
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "code": "{{street.Code}}" },
                "geometry": { "type": "Polygon", "coordinates": [[[117,36.6],[117.1,36.6],[117.1,36.7],[117,36.6]]] } },
              { "type": "Feature", "properties": { "code": "999999999" }, "geometry": { "type": "Polygon", "coordinates": [[[117,36.6],[117.1,36.6],[117.1,36.7],[117,36.6]]] } }
            ] }
            """);
        var map = new StreetMap(path, Reference, NullLogger<StreetMap>.Instance);
        Assert.Equal(160, map.MissingStreets.Count);
        Assert.DoesNotContain(street.Code, map.MissingStreets);
        Assert.Equal(["999999999"], map.UnknownFeatures);
    }

    [Fact]
    public void A_street_without_a_drawable_position_is_left_out_and_named_so_that_the_map_still_draws_the_rest()
    {
        var streets = Reference.Streets.Take(4).ToList();
        var path = Path.Combine(_dir, "partly-broken.geojson");
        File.WriteAllText(path, $$"""
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "code": "{{streets[0].Code}}" },
                "geometry": { "type": "Polygon", "coordinates": [[[117,36.6],[117.1,36.6],[117.1,36.7],[117,36.6]]] } },
              { "type": "Feature", "properties": { "code": "{{streets[1].Code}}" }, "geometry": null },
              { "type": "Feature", "properties": { "code": "{{streets[2].Code}}" }, "geometry": { "type": "Polygon", "coordinates": [] } },
              { "type": "Feature", "properties": { "code": "{{streets[3].Code}}" }, "geometry": { "type": "Polygon", "coordinates": [[["x", 36.6]]] } }
            ] }
            """);
        var map = new StreetMap(path, Reference, NullLogger<StreetMap>.Instance);

        Assert.Equal([streets[1].Code, streets[2].Code, streets[3].Code], map.UnplacedStreets);
        Assert.Equal(1, map.FeatureCount);
        Assert.Contains(streets[1].Code, map.MissingStreets);
        var served = System.Text.Json.JsonDocument.Parse(map.Content).RootElement.GetProperty("features");
        Assert.Equal(streets[0].Code, Assert.Single(served.EnumerateArray()).GetProperty("properties").GetProperty("code").GetString());
    }

    [Fact]
    public void A_missing_file_is_named_with_where_it_was_looked_for()
    {
        var e = Assert.Throws<FileNotFoundException>(() => StreetMap.Locate("nowhere/streets.geojson", _dir));
        Assert.Contains("Map:StreetBoundaries", e.Message);
        Assert.Contains("nowhere", e.Message);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
