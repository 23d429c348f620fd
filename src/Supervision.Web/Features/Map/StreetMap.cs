using System.Text.Json;
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
