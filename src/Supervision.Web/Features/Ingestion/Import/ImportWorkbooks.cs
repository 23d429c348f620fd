using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Supervision.Domain.Calendar;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// The files the import hands out: the templates (Excel with a 说明 sheet, or CSV) and the per-row report.
/// Column widths are set by hand: ClosedXML's AdjustToContents measures text with System.Drawing, which throws on Linux.
/// </summary>
public static class ImportWorkbooks
{
    public const string GuideSheet = "说明";
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor RequiredFill = XLColor.FromHtml("#FCE4D6");
    private static readonly XLColor RejectedFill = XLColor.FromHtml("#F8CBAD");

    public static byte[] TemplateExcel(ImportTemplate template, DateOnly today)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(template.Title);
        var example = template.Example(today);
        for (var i = 0; i < template.Columns.Count; i++)
        {
            var column = template.Columns[i];
            var header = sheet.Cell(1, i + 1);
            header.SetValue(column.Header);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = column.Required ? RequiredFill : HeaderFill;
            var sheetColumn = sheet.Column(i + 1);
            sheetColumn.Width = Width(column);
            // Text columns stay text when typed into, so Excel does not turn ID numbers or codes into numbers.
            sheetColumn.Style.NumberFormat.Format = column.Kind switch
            {
                CellKind.Time => "yyyy-mm-dd hh:mm",
                CellKind.Day => "yyyy-mm-dd",
                CellKind.Number or CellKind.Integer => "General",
                _ => "@",
            };
            if (example.TryGetValue(column.Header, out var value)) SetExample(sheet.Cell(2, i + 1), column, value);
        }
        sheet.SheetView.FreezeRows(1);

        var guide = workbook.AddWorksheet(GuideSheet);
        string[] headers = ["列名", "是否必填", "格式", "说明"];
        for (var i = 0; i < headers.Length; i++) guide.Cell(1, i + 1).SetValue(headers[i]);
        StyleHeader(guide.Row(1), headers.Length);
        var row = 2;
        foreach (var column in template.Columns)
        {
            guide.Cell(row, 1).SetValue(column.Header);
            guide.Cell(row, 2).SetValue(column.Required ? "必填" : "选填");
            guide.Cell(row, 3).SetValue(column.Format);
            guide.Cell(row, 4).SetValue(column.Meaning);
            row++;
        }
        row++;
        foreach (var note in Notes(template))
        {
            guide.Cell(row, 1).SetValue(note);
            guide.Range(row, 1, row, 4).Merge();
            row++;
        }
        guide.Column(1).Width = 18;
        guide.Column(2).Width = 10;
        guide.Column(3).Width = 56;
        guide.Column(4).Width = 60;
        guide.Columns(3, 4).Style.Alignment.WrapText = true;
        guide.SheetView.FreezeRows(1);
        return Save(workbook);
    }

    /// <summary>The CSV template: UTF-8 with a byte-order mark, so that Excel shows the Chinese headers correctly.</summary>
    public static byte[] TemplateCsv(ImportTemplate template, DateOnly today)
    {
        var example = template.Example(today);
        var text = new StringBuilder();
        text.Append(string.Join(",", template.Columns.Select(c => Csv(c.Header)))).Append("\r\n");
        text.Append(string.Join(",", template.Columns.Select(c => Csv(example.GetValueOrDefault(c.Header, ""))))).Append("\r\n");
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Every row with its result; rows not written are highlighted, with each problem on its own line.</summary>
    public static byte[] Report(ImportResult result)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("逐行结果");
        string[] headers = ["行号", "记录编号", "结果", "问题所在列", "说明"];
        for (var i = 0; i < headers.Length; i++) sheet.Cell(1, i + 1).SetValue(headers[i]);
        StyleHeader(sheet.Row(1), headers.Length);
        var r = 2;
        foreach (var row in result.Rows)
        {
            sheet.Cell(r, 1).SetValue(row.Row);
            sheet.Cell(r, 2).SetValue(SheetText.Safe(row.RecordId ?? ""));
            sheet.Cell(r, 3).SetValue(row.StatusText);
            sheet.Cell(r, 4).SetValue(string.Join("\n", row.Problems.Select(p => p.Field).Distinct()));
            sheet.Cell(r, 5).SetValue(SheetText.Safe(string.Join("\n", row.Problems.Select(p => p.ToString()))));
            if (!row.Accepted) sheet.Range(r, 1, r, headers.Length).Style.Fill.BackgroundColor = RejectedFill;
            r++;
        }
        sheet.Column(1).Width = 8;
        sheet.Column(2).Width = 22;
        sheet.Column(3).Width = 22;
        sheet.Column(4).Width = 22;
        sheet.Column(5).Width = 90;
        sheet.Columns(4, 5).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);

        var summary = workbook.AddWorksheet("汇总");
        (string, object)[] lines =
        [
            ("文件", result.FileName),
            ("记录类型", result.Title),
            ("导入时间", ChinaTime.ToLocal(result.AtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            ("数据行", result.Rows.Count),
            ("新增", result.Created),
            ("更新", result.Updated),
            ("未变化", result.Unchanged),
            ("未写入", result.NotWritten),
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            summary.Cell(i + 1, 1).SetValue(lines[i].Item1);
            summary.Cell(i + 1, 1).Style.Font.Bold = true;
            if (lines[i].Item2 is int n) summary.Cell(i + 1, 2).SetValue(n);
            else summary.Cell(i + 1, 2).SetValue((string)lines[i].Item2);
        }
        summary.Column(1).Width = 12;
        summary.Column(2).Width = 40;
        return Save(workbook);
    }

    public static IReadOnlyList<string> Notes(ImportTemplate template) =>
    [
        $"每行一条{template.Title},第 1 行为列名，请勿修改列名；示例行可改写或删除。列的顺序不限，选填列可以删去。",
        "时间按北京时间填写 yyyy-MM-dd HH:mm(如 2026-11-20 09:30),也可用 Excel 的日期时间单元格。",
        "可选值可填中文或接口的英文值。多名执法人员的执法证号以“、”或“;”分隔。",
        "每行单独校验、单独写入：有错的行不写入任何数据(连同其中的企业或个人),其余行照常写入。",
        "同一记录编号再次导入：内容相同为“未变化”；只改了允许后补的内容(如检查结果、评价、复查)为“更新”;" +
            "改写已定的内容为“冲突”，不写入。",
        $"文件不超过 {SheetReader.MaxBytes / 1024 / 1024} MB、{SheetReader.MaxRows} 行;CSV 用 UTF-8(带或不带 BOM)或 GB18030 编码。",
    ];

    private static void SetExample(IXLCell cell, ImportColumn column, string value)
    {
        // The example shows dates as real Excel dates and numbers as numbers, as a person would type them.
        switch (column.Kind)
        {
            case CellKind.Time or CellKind.Day when DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t):
                cell.SetValue(t);
                break;
            case CellKind.Number or CellKind.Integer when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                cell.SetValue(d);
                break;
            default:
                cell.SetValue(value);
                break;
        }
    }

    private static double Width(ImportColumn column) => column.Kind switch
    {
        CellKind.Time => 18,
        CellKind.List => 30,
        _ => Math.Max(12, column.Header.Length * 2.4 + 4),
    };

    private static void StyleHeader(IXLRow row, int columns)
    {
        var range = row.Cells(1, columns);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>Every sheet printable like the exports (A4 one page wide, header row on every page, page numbers).</summary>
    private static byte[] Save(XLWorkbook workbook)
    {
        foreach (var sheet in workbook.Worksheets)
        {
            WorkbookPrint.FitWrappedRows(sheet, 2);
            WorkbookPrint.Apply(sheet, sheet.Name, headerRow: 1, sheet.LastColumnUsed()?.ColumnNumber() ?? 1);
        }
        using var stream = new MemoryStream();
        WorkbookPrint.SaveAs(workbook, stream);
        return stream.ToArray();
    }
}
