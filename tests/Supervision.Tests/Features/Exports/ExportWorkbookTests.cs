using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Features.Statistics;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Exports;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Tests.Features.Exports;

/// <summary>The files read back with ClosedXML, as Excel would open them.</summary>
[Collection(StatisticsCollection.Name)]
public class ExportWorkbookTests(StatisticsApp fixture)
{
    private static readonly string[] Sheets = ["封面", "按单位", "按区县", "按领域", "四张清单", "预警", "监督文书", "投诉举报"];

    private static T InChinese<T>(Func<T> make)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try { return make(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui); }
    }

    [Fact]
    public async Task The_monthly_workbook_has_a_sheet_per_view_with_headers_totals_and_the_months_figures()
    {
        var report = await fixture.StatisticsAs(SignedInAs.Principal(Roles.Analyst, null)).ReadAsync(fixture.Month);
        var bytes = InChinese(() =>
        {
            using var stream = new MemoryStream();
            MonthlyWorkbook.Write(report, "全市", stream);
            return stream.ToArray();
        });
        await using var db = await fixture.Db();
        var (from, to) = (fixture.Month.FromUtc, fixture.Month.ToUtc);
        var inspections = await db.Inspections.CountAsync(i => i.StartedAt >= from && i.StartedAt < to);
        var filed = await db.Cases.CountAsync(c => c.FiledAt >= from && c.FiledAt < to);
        var fines = (await db.Cases.Where(c => c.DecidedAt >= from && c.DecidedAt < to).Select(c => c.Fine).ToListAsync()).Sum(f => f ?? 0);
        var complaints = await db.Complaints.CountAsync(c => c.ReceivedAt >= from && c.ReceivedAt < to);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(Sheets, workbook.Worksheets.Select(s => s.Name));
        var byAgency = workbook.Worksheet("按单位");
        Assert.Contains($"{fixture.Month.Year}年{fixture.Month.Month}月", byAgency.Cell(MonthlyWorkbook.TitleRow, 1).GetString());
        Assert.Contains("月度统计", byAgency.Cell(MonthlyWorkbook.TitleRow, 1).GetString());
        Assert.Equal(["编码", "执法单位", "行政检查", "立案", "作出处罚决定",
            "罚没金额（元）", "适用四张清单", "预警", "发出监督文书", "受理投诉举报"],
            byAgency.Row(MonthlyWorkbook.HeaderRow).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(MonthlyWorkbook.HeaderRow, byAgency.SheetView.SplitRow);
        Assert.True(byAgency.Cell(MonthlyWorkbook.HeaderRow, 1).Style.Font.Bold);
        Assert.Equal(XLDataType.DateTime, byAgency.Cell(MonthlyWorkbook.InfoRow, 10).DataType);
        Assert.Contains(byAgency.Column(2).CellsUsed(), c => c.GetString() == "历下区市场监督管理局");

        foreach (var sheet in new[] { "按单位", "按区县", "按领域" })
        {
            var s = workbook.Worksheet(sheet);
            var total = s.LastRowUsed();
            Assert.Equal("合计", total.Cell(2).GetString());
            Assert.Equal(inspections, total.Cell(3).GetValue<int>());
            Assert.Equal(filed, total.Cell(4).GetValue<int>());
            Assert.Equal(fines, total.Cell(6).GetValue<long>());
            Assert.Equal(MonthlyWorkbook.MoneyFormat, total.Cell(6).Style.NumberFormat.Format);
            Assert.Equal(complaints, total.Cell(10).GetValue<int>());
            Assert.True(s.Column(2).Width > 10);
        }
        var notices = workbook.Worksheet("监督文书").LastRowUsed();
        Assert.Equal([3, 1, 1, 1], Enumerable.Range(3, 4).Select(c => notices.Cell(c).GetValue<int>()));
        Assert.Equal(1.0 / 3, notices.Cell(7).GetValue<double>(), 6);
        Assert.Equal(MonthlyWorkbook.RateFormat, notices.Cell(7).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task A_streamed_list_reads_back_with_its_header_rows_dates_and_Chinese_text()
    {
        var lists = fixture.App.Services.GetRequiredService<ExportLists>();
        await using var db = await fixture.Db();
        var (from, to) = (fixture.Month.FromUtc, fixture.Month.ToUtc);
        var expected = await db.Cases.CountAsync(c => c.FiledAt >= from && c.FiledAt < to);
        var first = await db.Cases.Where(c => c.FiledAt >= from && c.FiledAt < to).OrderBy(c => c.FiledAt).ThenBy(c => c.Id).FirstAsync();
        var progress = new List<int>();
        using var stream = new MemoryStream();
        var (source, rows) = await InChinese(async () =>
        {
            var s = lists.Cases(db, new ExportParameters(fixture.Month.Year, fixture.Month.Month));
            return (s, await StreamedList.WriteAsync(stream, s.SheetName, s.Columns, s.Rows(default), progress.Add));
        });

        Assert.Equal(expected, rows);
        Assert.Equal(expected, progress[^1]);
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("案件清单", sheet.Name);
        Assert.Equal(["案号", "执法单位", "违法事项", "街道（镇）", "立案时间", "办理阶段", "决定时间", "处罚种类", "罚款金额（元）", "四张清单"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(expected + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal(first.Number, sheet.Cell(2, 1).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 5).DataType);
        Assert.Equal(Supervision.Domain.Calendar.ChinaTime.ToLocal(first.FiledAt), sheet.Cell(2, 5).GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", sheet.Cell(2, 2).GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", sheet.Cell(2, 6).GetString());
        // Widths from the text, not Excel's default 8.43: the case number column as wide as its longest number (CJK
        // counting double), never wrapped.
        var widest = sheet.Column(1).CellsUsed().Skip(1).Max(c => SheetText.Width(c.GetString()));
        Assert.InRange(sheet.Column(1).Width, widest + 1, widest + 3);
        // A longer name wraps rather than widening the page: the column is held to ListWidths.WrapAt and its cells wrap.
        var longest = sheet.Column(2).CellsUsed().Skip(1).Max(c => SheetText.Width(c.GetString()));
        Assert.True(sheet.Column(2).Width >= Math.Min(ListWidths.WrapAt, longest) - 1, $"agency column {sheet.Column(2).Width} for names {longest} wide");
        if (longest > ListWidths.WrapAt) Assert.True(sheet.Cell(2, 2).Style.Alignment.WrapText);
        Assert.False(sheet.Cell(2, 1).Style.Alignment.WrapText);
    }
}
