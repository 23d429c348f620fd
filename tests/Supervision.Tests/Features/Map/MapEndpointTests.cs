using System.Net;
using System.Text.Json;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Map;

public class MapEndpointTests(MapApp fixture) : IClassFixture<MapApp>
{
    [Fact]
    public async Task The_boundaries_are_served_to_a_signed_in_user_with_cache_headers()
    {
        var client = await fixture.App.SignInAsync("wallscreen");
        var response = await client.GetAsync("/map/streets.geojson");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Content.Headers.LastModified);
        // Browsers keep it privately for a while; a response that renews the sign-in cookie (every one here, where
        // the security stamp is checked on each request) is sent no-store by the cookie handler instead.
        var cache = response.Headers.CacheControl!;
        if (response.Headers.Contains("Set-Cookie")) Assert.True(cache.NoStore);
        else Assert.True(cache.Private && cache.MaxAge == TimeSpan.FromMinutes(5), cache.ToString());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(161, features.Count);
        Assert.All(features, f => Assert.Matches("^[0-9]{9}$", f.GetProperty("properties").GetProperty("code").GetString()!));

        // A browser that has the file asks again with its tag and gets 304, no body.
        var again = new HttpRequestMessage(HttpMethod.Get, "/map/streets.geojson");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_for_the_boundaries_are_sent_to_sign_in()
    {
        var response = await fixture.App.Anonymous().GetAsync("/map/streets.geojson");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(AccessRegistration.LoginPath, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/lib/screens.js", "text/javascript")]
    [InlineData("/lib/screens.css", "text/css")]
    [InlineData("/lib/echarts/echarts.esm.min.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.esm.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.css", "text/css")]
    [InlineData("/lib/leaflet/images/layers.png", "image/png")]
    public async Task The_front_end_built_by_dotnet_build_is_served_by_the_app(string path, string type)
    {
        var response = await fixture.App.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task Our_module_loads_the_libraries_from_the_app_and_nothing_from_elsewhere()
    {
        var module = await fixture.App.Anonymous().GetStringAsync("/lib/screens.js");
        Assert.Contains("from './echarts/echarts.esm.min.js'", module);
        Assert.Contains("from './leaflet/leaflet.esm.js'", module);
        Assert.DoesNotContain("http://", module);
        Assert.DoesNotContain("https://", module);
    }
}
