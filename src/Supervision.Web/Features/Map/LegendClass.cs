namespace Supervision.Web.Features.Map;

/// <summary>One class of the map's legend: values from <see cref="From"/> to <see cref="To"/> (inclusive) in <see cref="Colour"/>.</summary>
public sealed record LegendClass(int From, int To, string Colour)
{
    private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    // Numbers only, written with zh-CN grouping in either language.
    public string Label => From == To ? From.ToString("N0", Chinese) : $"{From.ToString("N0", Chinese)}–{To.ToString("N0", Chinese)}";
}
