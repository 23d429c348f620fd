using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// Column widths of a streamed list from its header and its first rows (<see cref="StreamedList.SampleRows"/>): a
/// text column as wide as its longest text (CJK counting double, <see cref="SheetText.Width"/>) within 8 and 60
/// characters (and at least the column's own least width: the longest name of a known set), so a case number such as
/// 济历下生态环境局历下罚〔2026〕17号 is not cut and a free-text column does not push the rest off the page; dates and
/// money at the width their format needs.
/// </summary>
public static class ListWidths
{
    public const double Min = 8, Max = 60;

    /// <summary>
    /// A text column wider than this wraps instead (the row grows in LibreOffice and Excel): a list of ten columns then
    /// prints one page wide at a readable scale rather than at 40 %.
    /// </summary>
    public const double WrapAt = 26;

    /// <summary>Whether the column's texts wrap (its width was capped at <see cref="WrapAt"/>).</summary>
    public static bool Wraps(ListColumn column, double width) => column.Kind == ListCell.Text && width >= WrapAt;

    public static double[] Of(IReadOnlyList<ListColumn> columns, IReadOnlyList<object?[]> sample)
    {
        var widths = new double[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var header = SheetText.Width(columns[i].Header) + 3; // bold, and the filter button beside it
            widths[i] = columns[i].Kind switch
            {
                ListCell.Time => Math.Max(header, 17),
                ListCell.Day => Math.Max(header, 11),
                ListCell.Money => Math.Max(header, 14),
                ListCell.Number => Math.Max(header, 9),
                ListCell.Code => Math.Clamp(Math.Max(Math.Max(header, columns[i].Width), Widest(sample, i)), Min, Max),
                _ => Math.Clamp(Math.Max(Math.Max(header, columns[i].Width), Widest(sample, i)), Min, WrapAt),
            };
        }
        return widths;
    }

    private static double Widest(IReadOnlyList<object?[]> sample, int column) =>
        sample.Select(r => SheetText.Width(r[column]?.ToString()) + 2).DefaultIfEmpty(0).Max();
}
