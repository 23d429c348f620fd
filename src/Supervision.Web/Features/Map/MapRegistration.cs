using Microsoft.Extensions.Options;
using Supervision.Web.Features.Access;
using Supervision.Web.Hosting;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

public static class MapRegistration
{
    public static WebApplicationBuilder AddMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new StreetMap(
            StreetMap.Locate(sp.GetRequiredService<IOptions<MapOptions>>().Value.StreetBoundaries, builder.Environment.ContentRootPath),
            sp.GetRequiredService<ReferenceData>(), sp.GetRequiredService<ILogger<StreetMap>>()));
        builder.Services.AddScoped<StreetFigures>();
        builder.Services.AddScoped<ReplayDays>();
        // A configured tile server is another origin: the page may load its images, nothing else from it.
        if (builder.Configuration.GetSection(MapOptions.Section).Get<MapOptions>()?.TileOrigin is { } tiles)
            builder.Services.Configure<ContentSecurityOptions>(o => o.ImageSources.Add(tiles));
        return builder;
    }

    /// <summary>Loads and checks the boundaries before the first request (a missing or broken file stops the start).</summary>
    public static WebApplication CheckMap(this WebApplication app)
    {
        app.Services.GetRequiredService<StreetMap>();
        return app;
    }

    public static WebApplication MapStreetMap(this WebApplication app)
    {
        // Any signed-in screen draws the map (the wall screen too); the boundaries hold no records. Browsers keep them
        // for a few minutes and then revalidate, so a replaced file shows without anyone clearing a cache.
        app.MapGet(BoundariesPath, (HttpContext http, StreetMap map) => Boundaries(http, map, map.Content, "s"))
            .RequireAuthorization(Policies.ViewCityMap)
            .ExcludeFromDescription();
        app.MapGet(DistrictsPath, (HttpContext http, StreetMap map) => Boundaries(http, map, map.Districts, "d"))
            .RequireAuthorization(Policies.ViewCityMap)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Streets or districts, both derived from the one boundaries file: they change with it.</summary>
    private static IResult Boundaries(HttpContext http, StreetMap map, byte[] content, string kind)
    {
        var modified = File.GetLastWriteTimeUtc(map.Path);
        http.Response.Headers.CacheControl = "private, max-age=300";
        var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{kind}{modified.Ticks:x}-{new FileInfo(map.Path).Length:x}\"");
        return Results.File(content, "application/geo+json", lastModified: modified, entityTag: tag);
    }

    public const string BoundariesPath = "/map/streets.geojson";
    public const string DistrictsPath = "/map/districts.geojson";
}
