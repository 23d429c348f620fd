using System.Globalization;
using System.Security.Claims;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Access;

using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Evaluation;

/// <summary>
/// The campaign workbook (PRODUCT.md item 5): 汇总 (by agency), 案卷得分 (every file), 扣分明细 (every deduction),
/// 共性问题 (common problems). Each sheet: a title row, a note row, the header row (frozen with the two above, repeated
/// on printed pages, filterable), the rows, a totals row. Always Chinese, whatever the reader's screen language: it is
/// a document that circulates. Column widths are set by hand (AdjustToContents needs GDI+, absent on Linux).
/// Callable without a request (the export centre): pass the agency scope, or null for the whole city.
/// </summary>
public sealed class CampaignWorkbook(UserDb userDb, Checklist checklist, IOptions<EvaluationOptions> options, TimeProvider time)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "汇总";
    public const string FilesSheet = "案卷得分";
    public const string DeductionsSheet = "扣分明细";
    public const string ProblemsSheet = "共性问题";
    /// <summary>Rows 1–2 are the title and the note; the header is row 3, data start at row 4.</summary>
    public const int HeaderRow = 3;
    public const string TotalLabel = "合计";

    public static readonly string[] SummaryHeaders =
        ["序号", "单位编码", "执法单位", "结案案件数", "抽查案卷数", "已评查", "平均分", "优秀", "合格", "不合格", "合格率"];
    public static readonly string[] FileHeaders =
        ["序号", "执法单位", "案件编号", "结案日期", "评查人", "状态", "得分", "等级", "扣分项数", "评查时间"];
    public static readonly string[] DeductionHeaders =
        ["序号", "执法单位", "案件编号", "评查类别", "项目编号", "评查项目", "扣分", "扣分理由", "评查人", "评查时间"];
    public static readonly string[] ProblemHeaders =
        ["排名", "评查类别", "项目编号", "评查项目", "扣分次数", "涉及案卷", "涉及单位", "扣分合计", "最常见扣分理由"];

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor TotalFill = XLColor.FromHtml("#F2F2F2");
    private const string DateFormat = "yyyy-mm-dd";
    private const string TimeFormat = "yyyy-mm-dd hh:mm";

    /// <summary>Writes the workbook of one campaign as the person sees it; null when there is no such campaign (for a liaison: none with its agency).</summary>
    public async Task<WorkbookWritten?> WriteAsync(int campaignId, ClaimsPrincipal user, Stream output, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(user, ct);
        var report = await CampaignReport.LoadAsync(db, campaignId, checklist, ct);
        if (report is null) return null;
        Write(report, output);
        return new WorkbookWritten(FileNameOf(report.Campaign), report.Files.Count, report.Deductions.Count);
    }

    /// <summary>案卷评查_{campaign name}_{year}.xlsx, with characters no file system takes replaced.</summary>
    public static string FileNameOf(CampaignHeader campaign)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var name = new string(campaign.Name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        return $"案卷评查_{name}_{campaign.Year.ToString(CultureInfo.InvariantCulture)}.xlsx";
    }

    public void Write(CampaignReport report, Stream output)
    {
        using var workbook = new XLWorkbook();
        var c = report.Campaign;
        var scale = options.Value.Scale;
        var size = c.SamplePerAgency is { } n ? $"每单位抽取 {n} 件" : $"抽取各单位结案案件的 {c.SamplePercent}%";
        var note = $"{c.Year} 年度结案案件 · {size} · 随机种子 {c.Seed.ToString(CultureInfo.InvariantCulture)}" +
                   $" · 等级：优秀 ≥ {scale.ExcellentFrom} 分，合格 ≥ {scale.QualifiedFrom} 分 · " +
                   $"导出时间 {ChinaTime.ToLocal(time.GetUtcNow().UtcDateTime):yyyy-MM-dd HH:mm}";

        WriteSummary(workbook.AddWorksheet(SummarySheet), report, $"{c.Name} — 案卷评查汇总", note);
        WriteFiles(workbook.AddWorksheet(FilesSheet), report, $"{c.Name} — 案卷得分", note);
        WriteDeductions(workbook.AddWorksheet(DeductionsSheet), report, $"{c.Name} — 扣分明细", note);
        WriteProblems(workbook.AddWorksheet(ProblemsSheet), report, $"{c.Name} — 共性问题", note);
        // Printed as the other workbooks (A4 one page wide, header row and page numbers on every page), and a long reason
        // shows all its lines: without a row height LibreOffice shows only the last.
        foreach (var sheet in workbook.Worksheets)
        {
            WorkbookPrint.FitWrappedRows(sheet, HeaderRow + 1);
            WorkbookPrint.Apply(sheet, sheet.Cell(1, 1).GetString(), HeaderRow, sheet.LastColumnUsed()?.ColumnNumber() ?? 1);
        }
        WorkbookPrint.SaveAs(workbook, output);
    }

    private static void WriteSummary(IXLWorksheet sheet, CampaignReport report, string title, string note)
    {
        Frame(sheet, title, note, SummaryHeaders, [6, 16, 36, 12, 12, 10, 10, 8, 8, 8, 10]);
        var row = HeaderRow + 1;
        foreach (var (a, i) in report.Agencies.Select((a, i) => (a, i)))
        {
            sheet.Cell(row, 1).SetValue(i + 1);
            sheet.Cell(row, 2).SetValue(a.Code);
            sheet.Cell(row, 3).SetValue(a.Name);
            sheet.Cell(row, 4).SetValue(a.ClosedCases);
            sheet.Cell(row, 5).SetValue(a.Files);
            sheet.Cell(row, 6).SetValue(a.Scored);
            if (a.AverageScore is { } avg) sheet.Cell(row, 7).SetValue(Math.Round(avg, 1));
            sheet.Cell(row, 8).SetValue(a.Excellent);
            sheet.Cell(row, 9).SetValue(a.Qualified);
            sheet.Cell(row, 10).SetValue(a.Unqualified);
            if (a.Scored > 0) sheet.Cell(row, 11).SetValue((double)(a.Excellent + a.Qualified) / a.Scored);
            row++;
        }
        var scored = report.Files.Where(f => f.Score is not null).ToList();
        sheet.Cell(row, 1).SetValue(TotalLabel);
        sheet.Cell(row, 4).SetValue(report.Agencies.Sum(a => a.ClosedCases));
        sheet.Cell(row, 5).SetValue(report.Agencies.Sum(a => a.Files));
        sheet.Cell(row, 6).SetValue(report.Agencies.Sum(a => a.Scored));
        if (scored.Count > 0) sheet.Cell(row, 7).SetValue(Math.Round(scored.Average(f => f.Score!.Value), 1));
        sheet.Cell(row, 8).SetValue(report.Agencies.Sum(a => a.Excellent));
        sheet.Cell(row, 9).SetValue(report.Agencies.Sum(a => a.Qualified));
        sheet.Cell(row, 10).SetValue(report.Agencies.Sum(a => a.Unqualified));
        if (scored.Count > 0) sheet.Cell(row, 11).SetValue((double)scored.Count(f => f.Grade != Grade.Unqualified) / scored.Count);
        Totals(sheet, row, SummaryHeaders.Length);
        Formats(sheet, row, (4, "#,##0"), (5, "#,##0"), (6, "#,##0"), (7, "0.0"), (8, "#,##0"), (9, "#,##0"), (10, "#,##0"), (11, "0.0%"));
    }

    private static void WriteFiles(IXLWorksheet sheet, CampaignReport report, string title, string note)
    {
        Frame(sheet, title, note, FileHeaders, [6, 36, 26, 12, 14, 10, 8, 8, 10, 17]);
        var row = HeaderRow + 1;
        foreach (var (f, i) in report.Files.Select((f, i) => (f, i)))
        {
            sheet.Cell(row, 1).SetValue(i + 1);
            sheet.Cell(row, 2).SetValue(f.AgencyName);
            sheet.Cell(row, 3).SetValue(f.CaseNumber);
            if (f.ClosedAt is { } closed) sheet.Cell(row, 4).SetValue(ChinaTime.ToLocal(closed).Date);
            if (f.Evaluator is not null) sheet.Cell(row, 5).SetValue(f.Evaluator);
            sheet.Cell(row, 6).SetValue(StatusName(f.Status));
            if (f.Score is { } score) sheet.Cell(row, 7).SetValue(score);
            if (f.Grade is { } grade) sheet.Cell(row, 8).SetValue(GradeName(grade));
            sheet.Cell(row, 9).SetValue(f.DeductionCount);
            if (f.ScoredAt is { } at) sheet.Cell(row, 10).SetValue(ChinaTime.ToLocal(at));
            row++;
        }
        var scored = report.Files.Where(f => f.Score is not null).ToList();
        sheet.Cell(row, 1).SetValue(TotalLabel);
        sheet.Cell(row, 2).SetValue($"共 {report.Files.Count} 件，已评查 {scored.Count} 件，平均分");
        if (scored.Count > 0) sheet.Cell(row, 7).SetValue(Math.Round(scored.Average(f => f.Score!.Value), 1));
        sheet.Cell(row, 9).SetValue(report.Files.Sum(f => f.DeductionCount));
        Totals(sheet, row, FileHeaders.Length);
        Formats(sheet, row, (4, DateFormat), (7, "0.0"), (9, "#,##0"), (10, TimeFormat));
        sheet.Range(HeaderRow + 1, 7, row - 1, 7).Style.NumberFormat.Format = "0";
        sheet.Column(3).Style.NumberFormat.Format = "@";
    }

    private static void WriteDeductions(IXLWorksheet sheet, CampaignReport report, string title, string note)
    {
        Frame(sheet, title, note, DeductionHeaders, [6, 36, 26, 12, 10, 44, 8, 48, 14, 17]);
        var row = HeaderRow + 1;
        foreach (var (d, i) in report.Deductions.Select((d, i) => (d, i)))
        {
            sheet.Cell(row, 1).SetValue(i + 1);
            sheet.Cell(row, 2).SetValue(d.AgencyName);
            sheet.Cell(row, 3).SetValue(d.CaseNumber);
            sheet.Cell(row, 4).SetValue(d.Category);
            sheet.Cell(row, 5).SetValue(d.ItemCode);
            sheet.Cell(row, 6).SetValue(d.ItemText);
            sheet.Cell(row, 7).SetValue(d.Points);
            sheet.Cell(row, 8).SetValue(SheetText.Safe(d.Reason ?? ""));
            if (d.ScoredBy is not null) sheet.Cell(row, 9).SetValue(d.ScoredBy);
            if (d.ScoredAt is { } at) sheet.Cell(row, 10).SetValue(ChinaTime.ToLocal(at));
            row++;
        }
        sheet.Cell(row, 1).SetValue(TotalLabel);
        sheet.Cell(row, 7).SetValue(report.Deductions.Sum(d => d.Points));
        Totals(sheet, row, DeductionHeaders.Length);
        Formats(sheet, row, (7, "#,##0"), (10, TimeFormat));
        sheet.Columns(6, 8).Style.Alignment.WrapText = true;
        sheet.Column(3).Style.NumberFormat.Format = "@";
    }

    private static void WriteProblems(IXLWorksheet sheet, CampaignReport report, string title, string note)
    {
        Frame(sheet, title, note, ProblemHeaders, [6, 12, 10, 44, 10, 10, 10, 10, 48]);
        var row = HeaderRow + 1;
        foreach (var p in report.CommonProblems)
        {
            sheet.Cell(row, 1).SetValue(p.Rank);
            sheet.Cell(row, 2).SetValue(p.Category);
            sheet.Cell(row, 3).SetValue(p.ItemCode);
            sheet.Cell(row, 4).SetValue(p.ItemText);
            sheet.Cell(row, 5).SetValue(p.Deductions);
            sheet.Cell(row, 6).SetValue(p.Files);
            sheet.Cell(row, 7).SetValue(p.Agencies);
            sheet.Cell(row, 8).SetValue(p.Points);
            sheet.Cell(row, 9).SetValue(SheetText.Safe(p.TopReason ?? ""));
            row++;
        }
        sheet.Cell(row, 1).SetValue(TotalLabel);
        sheet.Cell(row, 5).SetValue(report.CommonProblems.Sum(p => p.Deductions));
        sheet.Cell(row, 8).SetValue(report.CommonProblems.Sum(p => p.Points));
        Totals(sheet, row, ProblemHeaders.Length);
        Formats(sheet, row, (5, "#,##0"), (6, "#,##0"), (7, "#,##0"), (8, "#,##0"));
        sheet.Columns(4, 4).Style.Alignment.WrapText = true;
        sheet.Column(9).Style.Alignment.WrapText = true;
    }

    /// <summary>Title, note, bold header row frozen with them and repeated on every printed page, explicit widths.</summary>
    private static void Frame(IXLWorksheet sheet, string title, string note, string[] headers, double[] widths)
    {
        sheet.Cell(1, 1).SetValue(title);
        sheet.Range(1, 1, 1, headers.Length).Merge();
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetValue(note);
        sheet.Range(2, 1, 2, headers.Length).Merge();
        sheet.Cell(2, 1).Style.Font.FontColor = XLColor.FromHtml("#595959");
        for (var i = 0; i < headers.Length; i++) sheet.Cell(HeaderRow, i + 1).SetValue(headers[i]);
        var header = sheet.Range(HeaderRow, 1, HeaderRow, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    private static void Totals(IXLWorksheet sheet, int row, int columns)
    {
        var range = sheet.Range(row, 1, row, columns);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = TotalFill;
        range.Style.Border.TopBorder = XLBorderStyleValues.Thin;
        if (row > HeaderRow + 1) sheet.Range(HeaderRow, 1, row - 1, columns).SetAutoFilter();
    }

    private static void Formats(IXLWorksheet sheet, int lastRow, params (int Column, string Format)[] formats)
    {
        foreach (var (column, format) in formats) sheet.Range(HeaderRow + 1, column, lastRow, column).Style.NumberFormat.Format = format;
    }

    public static string GradeName(Grade grade) => grade switch
    {
        Grade.Excellent => "优秀",
        Grade.Qualified => "合格",
        _ => "不合格",
    };

    public static string StatusName(FileStatus status) => status switch
    {
        FileStatus.Unassigned => "未分配",
        FileStatus.Assigned => "已分配",
        _ => "已评查",
    };
}
