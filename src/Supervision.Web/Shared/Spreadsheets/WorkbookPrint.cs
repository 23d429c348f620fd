using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Supervision.Web.Shared.Spreadsheets;

/// <summary>
/// The ClosedXML workbooks' page setup and fitting (the streamed lists get the same from <see cref="ListPrint"/>):
/// A4, one page wide, the header row on every page, title and "第 N 页 共 M 页"; columns as wide as their text; a
/// wrapped cell's row as high as its lines (LibreOffice otherwise shows only the last line). Save through
/// <see cref="SaveAs"/>: ClosedXML 0.95.4 writes the print titles relative (按单位!3:3), which LibreOffice and Excel
/// ignore; they are made absolute ('按单位'!$3:$3) on the way out.
/// </summary>
public static partial class WorkbookPrint
{
    private const double LineHeight = 15; // points, one line of 11 pt 等线

    public static void Apply(IXLWorksheet sheet, string heading, int headerRow, int lastColumn)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        var width = Enumerable.Range(1, lastColumn).Sum(c => sheet.Column(c).Width);
        page.PageOrientation = width > ListPrint.PortraitWidth ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.7;
        page.Margins.Header = page.Margins.Footer = 0.3;
        if (headerRow > 0) page.SetRowsToRepeatAtTop(headerRow, headerRow);
        page.Header.Center.AddText(heading, XLHFOccurrence.AllPages).SetBold();
        page.Footer.Center.AddText("第 ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" 页 共 ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" 页", XLHFOccurrence.AllPages);
    }

    /// <summary>Each column as wide as its widest text from <paramref name="fromRow"/> down (CJK double), within min and max.</summary>
    public static void FitColumns(IXLWorksheet sheet, int fromRow, int lastColumn, double min = 8, double max = 60)
    {
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? fromRow;
        for (var c = 1; c <= lastColumn; c++)
        {
            var widest = 0;
            for (var r = fromRow; r <= lastRow; r++)
            {
                var cell = sheet.Cell(r, c);
                if (cell.IsMerged() || cell.IsEmpty()) continue;
                widest = Math.Max(widest, SheetText.Width(cell.GetFormattedString()) + (r == fromRow ? 3 : 2));
            }
            sheet.Column(c).Width = Math.Clamp(widest, min, max);
        }
    }

    /// <summary>Rows with wrapped text as high as their most lines (the column's width decides where a line breaks).</summary>
    public static void FitWrappedRows(IXLWorksheet sheet, int fromRow)
    {
        foreach (var row in sheet.RowsUsed(r => r.RowNumber() >= fromRow))
        {
            var lines = 1;
            foreach (var cell in row.CellsUsed(c => c.Style.Alignment.WrapText))
            {
                var width = Math.Max(1, (int)sheet.Column(cell.Address.ColumnNumber).Width - 1);
                lines = Math.Max(lines, cell.GetString().Split('\n').Sum(l => Math.Max(1, (SheetText.Width(l) + width - 1) / width)));
            }
            if (lines > 1) row.Height = Math.Min(409, lines * LineHeight + 3);
        }
    }

    public static void SaveAs(XLWorkbook workbook, Stream output)
    {
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            foreach (var name in document.WorkbookPart?.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
                if (name.Name == "_xlnm.Print_Titles" && name.Text is { } text) name.Text = Absolute(text);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>按单位!3:3 → '按单位'!$3:$3 (also a list of ranges, and columns: A:B → $A:$B).</summary>
    public static string Absolute(string reference) =>
        string.Join(",", reference.Split(',').Select(part =>
        {
            var bang = part.LastIndexOf('!');
            if (bang < 0) return part;
            var sheet = part[..bang];
            if (sheet.Length > 1 && sheet[0] == '\'' && sheet[^1] == '\'') sheet = sheet[1..^1].Replace("''", "'", StringComparison.Ordinal);
            return ListPrint.Quoted(sheet) + "!" + Token().Replace(part[(bang + 1)..], m => "$" + m.Value);
        }));

    // A run of column letters or of row digits not already marked absolute.
    [GeneratedRegex(@"(?<![$A-Z])[A-Z]+|(?<![$0-9])[0-9]+")]
    private static partial Regex Token();
}
