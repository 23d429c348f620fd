using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>
/// The street boundaries the map draws. Loaded and checked at start-up, so a city that drops in its official file
/// learns at once whether its codes match the streets in the database, not when an operator finds a blank street.
/// </summary>
public sealed class StreetMap
{
    public StreetMap(string path, ReferenceData reference, ILogger<StreetMap> log)
    {
        Path = path;
        var doc = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        var features = doc["features"]!.AsArray();
        var codes = new HashSet<string>();
        var unplaced = new List<string>();
        // A feature without a drawable position (no geometry, no coordinates) makes Leaflet give up on the whole layer and
        // the map would render blank: it is left out of what the browsers get, and named in the log.
        foreach (var feature in features.ToList())
        {
            var code = feature?["properties"]?["code"]?.GetValue<string>();
            if (!Placed(feature?["geometry"]))
            {
                unplaced.Add(code ?? "(no code)");
                features.Remove(feature);
                continue;
            }
            if (code is not null) codes.Add(code);
        }
        UnplacedStreets = unplaced;
        if (unplaced.Count > 0)
            log.LogWarning("Map {Path}: {Count} features have no drawable position and are skipped: {Codes}", path, unplaced.Count, string.Join(", ", unplaced.Take(20)));
        Content = unplaced.Count == 0 ? File.ReadAllBytes(path) : JsonSerializer.SerializeToUtf8Bytes(doc);
        Districts = DistrictOutlines.Build(features, reference.Regions);
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
    /// <summary>Features left out for having no drawable position.</summary>
    public IReadOnlyList<string> UnplacedStreets { get; }
    /// <summary>The boundaries as the browsers get them.</summary>
    public byte[] Content { get; }
    /// <summary>The districts' outlines and label positions, derived from the boundaries (<see cref="DistrictOutlines"/>).</summary>
    public byte[] Districts { get; }

    private static bool Placed(JsonNode? geometry)
    {
        if (geometry?["coordinates"] is not JsonArray coordinates) return false;
        var numbers = Flatten(coordinates).ToList();
        return numbers.Count >= 2 && numbers.All(n => n is JsonValue v && v.TryGetValue<double>(out var d) && double.IsFinite(d));
    }

    private static IEnumerable<JsonNode?> Flatten(JsonArray array) =>
        array.SelectMany(n => n is JsonArray inner ? Flatten(inner) : [n]);

    /// <summary>Resolves a configured path like the reference data: content root first, then beside the app.</summary>
    public static string Locate(string configured, string contentRoot)
    {
        var candidates = Hosting.ContentFiles.Candidates(configured, contentRoot);
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Map:StreetBoundaries '{configured}' not found; looked in: {string.Join(", ", candidates.Select(System.IO.Path.GetFullPath))}.");
    }
}
