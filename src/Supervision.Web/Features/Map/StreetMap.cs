using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Hosting;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

public sealed class MapOptions
{
    public const string Section = "Map";

    /// <summary>GeoJSON of the street/town boundaries; features are matched to streets by their <c>code</c> property.</summary>
    [Required]
    public string StreetBoundaries { get; set; } = "data-seed/map/streets.geojson";

    /// <summary>
    /// Leaflet tile URL template (e.g. <c>https://tiles.example.local/{z}/{x}/{y}.png</c>) of a tile server the command
    /// center can reach; empty (the default) draws the boundaries on a plain background, which needs no network.
    /// </summary>
    public string TileUrl { get; set; } = "";

    /// <summary>The tile layer's attribution line (its licence usually requires one); shown only with a tile layer.</summary>
    public string TileAttribution { get; set; } = "";

    /// <summary>The tile server's origin, which the Content-Security-Policy must allow images from; null when tiles come from the app itself or there are none.</summary>
    public string? TileOrigin =>
        Uri.TryCreate(TileUrl.Replace("{", "").Replace("}", ""), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority) : null;
}

/// <summary>
/// The street boundaries the map draws. Loaded and checked at start-up, so a city that drops in its official file
/// learns at once whether its codes match the streets in the database, not when an operator finds a blank street.
/// </summary>
public sealed class StreetMap
{
    public StreetMap(string path, ReferenceData reference, ILogger<StreetMap> log)
    {
        Path = path;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var codes = new HashSet<string>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
            if (feature.GetProperty("properties").TryGetProperty("code", out var code) && code.GetString() is { } c)
                codes.Add(c);
        var streets = reference.Streets.Select(s => s.Code).ToHashSet();
        MissingStreets = streets.Where(s => !codes.Contains(s)).Order().ToList();
        UnknownFeatures = codes.Where(c => !streets.Contains(c)).Order().ToList();
        FeatureCount = codes.Count;
        if (MissingStreets.Count > 0)
            log.LogWarning("Map {Path}: {Count} streets have no boundary and will not be drawn: {Codes}", path, MissingStreets.Count, string.Join(", ", MissingStreets.Take(20)));
        if (UnknownFeatures.Count > 0)
            log.LogWarning("Map {Path}: {Count} features match no street code: {Codes}", path, UnknownFeatures.Count, string.Join(", ", UnknownFeatures.Take(20)));
    }

    public string Path { get; }
    public int FeatureCount { get; }
    public IReadOnlyList<string> MissingStreets { get; }
    public IReadOnlyList<string> UnknownFeatures { get; }

    /// <summary>Resolves a configured path like the reference data: content root first, then beside the app.</summary>
    public static string Locate(string configured, string contentRoot)
    {
        var candidates = Hosting.ContentFiles.Candidates(configured, contentRoot);
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Map:StreetBoundaries '{configured}' not found; looked in: {string.Join(", ", candidates.Select(System.IO.Path.GetFullPath))}.");
    }
}

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
        app.MapGet(BoundariesPath, (HttpContext http, StreetMap map) =>
            {
                var modified = File.GetLastWriteTimeUtc(map.Path);
                http.Response.Headers.CacheControl = "private, max-age=300";
                var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{modified.Ticks:x}-{new FileInfo(map.Path).Length:x}\"");
                return Results.File(Path.GetFullPath(map.Path), "application/geo+json", lastModified: modified, entityTag: tag);
            })
            .RequireAuthorization(Policies.ViewDashboard)
            .ExcludeFromDescription();
        return app;
    }

    public const string BoundariesPath = "/map/streets.geojson";
}
