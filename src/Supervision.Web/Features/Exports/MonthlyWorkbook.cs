using System.Globalization;
using ClosedXML.Excel;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// The monthly statistics workbook (ClosedXML: a few hundred rows per sheet, formatting matters more than speed):
/// one sheet per view, a title row with the period, a bold frozen header, a 合计 row, number and money formats, and
/// column widths set by hand (AdjustToContents needs System.Drawing, which throws on Linux). Totals are values, not
/// formulas: WPS and LibreOffice then show the same figure as Excel without recalculating, and the 合计 of a rate is the
/// rate of the totals, which no SUM gives. Text comes from UiText under the current UI culture: the export job runs
/// it in zh-CN.
/// </summary>
public static class MonthlyWorkbook
{
    public const int TitleRow = 1, InfoRow = 2, HeaderRow = 3, FirstDataRow = 4;
    public const string CountFormat = "#,##0";
    public const string MoneyFormat = "\"¥\"#,##0";
    public const string RateFormat = "0.0%";

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor TotalFill = XLColor.FromHtml("#F2F2F2");

    /// <param name="requestedBy">Who asked for it, by display name (the archive: （系统归档）).</param>
    public static void Write(MonthlyReport report, string scopeDescription, Stream output, string? requestedBy = null)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "等线";
        workbook.Style.Font.FontSize = 11;
        var contents = StatisticsView.All.Select(view => (view.Title, AddSheet(workbook, report, view, scopeDescription))).ToList();
        MonthlyCover.Add(workbook, report, scopeDescription, requestedBy, contents);
        WorkbookPrint.SaveAs(workbook, output);
    }

    /// <returns>The sheet's number of data rows (for the cover's contents).</returns>
    private static int AddSheet(XLWorkbook workbook, MonthlyReport report, StatisticsView view, string scope)
    {
        var sheet = workbook.AddWorksheet(view.Title);
        var rows = view.Rows(report);
        var lastColumn = 2 + view.Columns.Count;
        var f = report.Filter;

        var title = sheet.Cell(TitleRow, 1);
        title.Value = UiText.Format("Exports.Monthly.Title", f.Year, f.Month, view.Title);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Range(TitleRow, 1, TitleRow, lastColumn).Merge();
        sheet.Row(TitleRow).Height = 24;

        var last = f.FirstDay.AddMonths(1).AddDays(-1);
        sheet.Cell(InfoRow, 1).Value = UiText.Format("Exports.Monthly.Info", f.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scope);
        sheet.Range(InfoRow, 1, InfoRow, lastColumn - 1).Merge();
        // When the figures were read: a real date cell, so it sorts and reads as one in every spreadsheet.
        var made = sheet.Cell(InfoRow, lastColumn);
        made.Value = ChinaTime.ToLocal(report.AtUtc);
        made.Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        made.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        var headers = new[] { UiText.Get("Exports.Monthly.Code"), view.RowHeader }.Concat(view.Columns.Select(c => c.Header)).ToList();
        for (var i = 0; i < headers.Count; i++) sheet.Cell(HeaderRow, i + 1).Value = headers[i];
        var header = sheet.Range(HeaderRow, 1, HeaderRow, lastColumn);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.WrapText = true;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Row(HeaderRow).Height = 30;
        sheet.SheetView.FreezeRows(HeaderRow);

        var r = FirstDataRow;
        foreach (var row in rows)
        {
            // A sector's key is the name of its enum (Ecology): not a code anyone uses, so the column stays empty there.
            sheet.Cell(r, 1).SetValue(row.Key == MonthlyStatistics.Unassigned || view.Key == "sector" ? "" : row.Key);
            sheet.Cell(r, 2).SetValue(SheetText.Safe(row.Name));
            WriteFigures(sheet, r, view, row.Figures);
            r++;
        }
        var total = Figures.Sum(rows.Select(x => x.Figures));
        sheet.Cell(r, 2).SetValue(UiText.Get("Statistics.Total"));
        WriteFigures(sheet, r, view, total);
        var totals = sheet.Range(r, 1, r, lastColumn);
        totals.Style.Font.Bold = true;
        totals.Style.Fill.BackgroundColor = TotalFill;
        totals.Style.Border.TopBorder = XLBorderStyleValues.Thin;

        // Codes stay text; widths from the text (CJK double), the figures' at least their header's.
        sheet.Column(1).Style.NumberFormat.Format = "@";
        sheet.Range(HeaderRow, 1, r, lastColumn).SetAutoFilter();
        WorkbookPrint.FitColumns(sheet, HeaderRow, lastColumn, min: 10);
        for (var c = 0; c < view.Columns.Count; c++)
            if (view.Columns[c].Format == FigureFormat.Money) sheet.Column(3 + c).Width = Math.Max(sheet.Column(3 + c).Width, 16);
        sheet.Column(lastColumn).Width = Math.Max(sheet.Column(lastColumn).Width, 17);
        WorkbookPrint.Apply(sheet, title.GetString(), HeaderRow, lastColumn);
        return rows.Count;
    }

    private static void WriteFigures(IXLWorksheet sheet, int row, StatisticsView view, Figures figures)
    {
        for (var c = 0; c < view.Columns.Count; c++)
        {
            var column = view.Columns[c];
            var cell = sheet.Cell(row, 3 + c);
            if (column.Value(figures) is { } v) cell.SetValue(v);
            cell.Style.NumberFormat.Format = column.Format switch
            {
                FigureFormat.Money => MoneyFormat,
                FigureFormat.Rate => RateFormat,
                _ => CountFormat,
            };
        }
    }
}
