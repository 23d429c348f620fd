using ClosedXML.Excel;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// The monthly workbook's first sheet, what a leader reads before the tables: title, period in Chinese dates, scope,
/// when and by whom it was generated (labels beside their values), and the contents, each sheet a link to itself.
/// </summary>
public static class MonthlyCover
{
    public static void Add(XLWorkbook workbook, MonthlyReport report, string scope, string? requestedBy, IReadOnlyList<(string Sheet, int Rows)> contents)
    {
        var sheet = workbook.Worksheets.Add(UiText.Get("Exports.Cover.Sheet"), 1);
        var f = report.Filter;
        var title = sheet.Cell(1, 1);
        title.Value = UiText.Format("Exports.Cover.Title", f.Year, f.Month);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 18;
        sheet.Range(1, 1, 1, 3).Merge();
        sheet.Row(1).Height = 36;

        var last = f.FirstDay.AddMonths(1).AddDays(-1);
        var row = 3;
        void Line(string labelKey, Action<IXLCell> value)
        {
            var label = sheet.Cell(row, 1);
            label.Value = UiText.Get(labelKey);
            label.Style.Font.Bold = true;
            value(sheet.Cell(row, 2));
            sheet.Range(row, 2, row, 3).Merge();
            row++;
        }
        Line("Exports.Cover.Period", c => c.Value = UiText.Format("Exports.Cover.PeriodValue", ChineseDates.Day(f.FirstDay), ChineseDates.Day(last)));
        Line("Exports.Cover.Scope", c => c.Value = scope);
        Line("Exports.Cover.Generated", c =>
        {
            c.Value = ChinaTime.ToLocal(report.AtUtc);
            c.Style.NumberFormat.Format = "yyyy\"年\"m\"月\"d\"日\" hh:mm";
            c.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        });
        if (requestedBy is { Length: > 0 }) Line("Exports.Cover.By", c => c.Value = SheetText.Safe(requestedBy));

        row++;
        sheet.Cell(row, 1).Value = UiText.Get("Exports.Cover.Contents");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 13;
        row++;
        var header = row;
        sheet.Cell(row, 1).Value = UiText.Get("Exports.Cover.SheetName");
        sheet.Cell(row, 2).Value = UiText.Get("Exports.Cover.Rows");
        sheet.Range(row, 1, row, 2).Style.Font.Bold = true;
        sheet.Range(row, 1, row, 2).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        foreach (var (name, rows) in contents)
        {
            row++;
            var link = sheet.Cell(row, 1);
            link.Value = name;
            link.Hyperlink = new XLHyperlink($"{ListPrint.Quoted(name)}!A1");
            link.Style.Font.FontColor = XLColor.FromHtml("#1F4E9A");
            link.Style.Font.Underline = XLFontUnderlineValues.Single;
            sheet.Cell(row, 2).SetValue(rows);
            sheet.Cell(row, 2).Style.NumberFormat.Format = MonthlyWorkbook.CountFormat;
        }
        row += 2;
        sheet.Cell(row, 1).Value = UiText.Get("Exports.Cover.Source");
        sheet.Range(row, 1, row, 3).Merge().Style.Alignment.WrapText = true;
        sheet.Row(row).Height = 36;

        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 40;
        sheet.Column(3).Width = 30;
        sheet.Range(header, 1, row, 3).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        WorkbookPrint.Apply(sheet, title.GetString(), headerRow: 0, lastColumn: 3);
        sheet.SetTabActive();
    }
}
