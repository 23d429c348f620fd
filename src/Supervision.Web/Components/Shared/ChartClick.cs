namespace Supervision.Web.Components.Shared;

/// <summary>A click on a chart's data item: its series, its name (category), its value as text (JSON for compound values) and its index.</summary>
public sealed record ChartClick(string? SeriesName, string? Name, string? Value, int DataIndex);
