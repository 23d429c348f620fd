namespace Supervision.Web.Features.Exports;

/// <param name="Width">The least width, in characters: for a column of names from a known set (agencies, streets, matters)
/// the longest of them, so a name further down than the rows measured (<see cref="ListWidths"/>) is not cut either.</param>
public sealed record ListColumn(string Header, ListCell Kind, double Width);
