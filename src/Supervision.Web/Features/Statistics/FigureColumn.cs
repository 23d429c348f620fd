using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Statistics;

/// <summary>One column of a statistics table: its header text key and how a row's figures give its value.</summary>
public sealed record FigureColumn(string HeaderKey, FigureFormat Format, Func<Figures, double?> Value)
{
    public string Header => UiText.Get(HeaderKey);
}
