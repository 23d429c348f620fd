using Supervision.Domain.Geography;
using Supervision.Web.Shared;

namespace Supervision.Tests.Domain;

public class CityBoundaryTests
{
    private static readonly CityBoundary Jinan = ReferenceData.LoadOutline(Path.Combine(TestPaths.DataSeed, "map", "city-outline.geojson"));

    [Theory]
    [InlineData(117.0208, 36.6683, true)]   // 泉城广场, city centre
    [InlineData(117.1260, 36.6510, true)]   // 历下 east
    [InlineData(117.3350, 37.3100, true)]   // 商河 county seat
    [InlineData(117.7300, 36.2200, true)]   // 莱芜
    [InlineData(116.4400, 39.9100, false)]  // 北京
    [InlineData(120.3800, 36.0700, false)]  // 青岛
    [InlineData(36.6683, 117.0208, false)]  // latitude and longitude swapped
    public void Knows_what_is_inside_the_city(double lon, double lat, bool inside) =>
        Assert.Equal(inside, Jinan.Contains(new GeoPoint(lon, lat)));

    [Fact]
    public void Every_street_centroid_is_inside()
    {
        var reference = ReferenceData.Load(TestPaths.DataSeed);
        Assert.All(reference.Streets, s => Assert.True(Jinan.Contains(new GeoPoint(s.Longitude, s.Latitude)), s.Name));
    }

    [Fact]
    public void Validation_names_the_field_and_explains()
    {
        var error = Assert.Single(Jinan.Validate(116.44, 39.91, "inspections[0].location"));
        Assert.Equal("inspections[0].location", error.Field);
        Assert.Contains("不在本市", error.Message);
        Assert.Contains("缺少", Assert.Single(Jinan.Validate(null, 36.6)).Message);
        Assert.Contains("取值范围", Assert.Single(Jinan.Validate(200, 36.6)).Message);
        Assert.Empty(Jinan.Validate(117.0208, 36.6683));
    }
}
