using System.ComponentModel.DataAnnotations;

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
