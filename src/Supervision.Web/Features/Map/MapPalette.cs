namespace Supervision.Web.Features.Map;

/// <summary>
/// The map's own colours, beside the classes of <see cref="ColourScale"/>: decided here and handed to screens.js, so a
/// test can check that every class stands apart from its neighbours and from an empty street on the background it is
/// drawn on (desk: light; wall: dark).
/// </summary>
public sealed record MapPalette(
    string Background, string Line, string Hover, string Empty, double EmptyOpacity, double FillOpacity, string District)
{
    public static readonly MapPalette Light = new(
        Background: "#f4f7fa", Line: "#5f7388", Hover: "#0d47a1", Empty: "#e3e9ef", EmptyOpacity: 0.55, FillOpacity: 0.78, District: "#1b2a3a");

    /// <summary>The wall: thin street lines a little darker than before, so the districts' bright outlines read over them.</summary>
    public static readonly MapPalette Dark = new(
        Background: "#07142a", Line: "#2f6f96", Hover: "#ffffff", Empty: "#16324f", EmptyOpacity: 0.6, FillOpacity: 0.8, District: "#9be7ff");

    public static MapPalette For(bool dark) => dark ? Dark : Light;
}
