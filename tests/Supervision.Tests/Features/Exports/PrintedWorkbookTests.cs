using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Features.Statistics;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Exports;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Tests.Features.Exports;

/// <summary>
/// The workbooks as an analyst prints them: opened by LibreOffice and converted to PDF, the text of each page read back.
/// Headers on every page (print titles that LibreOffice honours), all columns on one page wide, page numbers, every case
/// number whole, names not codes.
/// </summary>
[Collection(StatisticsCollection.Name)]
public partial class PrintedWorkbookTests(StatisticsApp fixture)
{
    [LibreOfficeFact]
    public async Task The_monthly_workbook_and_the_lists_print_one_page_wide_with_their_headers_and_page_numbers_on_every_page()
    {
        var report = await fixture.StatisticsAs(SignedInAs.Principal(Roles.Analyst, null)).ReadAsync(fixture.Month);
        var monthly = InChinese(() =>
        {
            using var stream = new MemoryStream();
            MonthlyWorkbook.Write(report, "全市", stream, "演示分析员");
            return stream.ToArray();
        });
        var lists = fixture.App.Services.GetRequiredService<ExportLists>();
        await using var db = await fixture.Db();
        var p = new ExportParameters(fixture.Month.Year, fixture.Month.Month);
        var cases = await ListAsync(lists.Cases(db, p));
        var warnings = await ListAsync(lists.Warnings(db, p));
        var numbers = await db.Cases.Where(c => c.FiledAt >= fixture.Month.FromUtc && c.FiledAt < fixture.Month.ToUtc).Select(c => c.Number).ToListAsync();
        Assert.True(numbers.Count > 60, $"only {numbers.Count} cases: the list would not run to a second page");

        var pdf = await LibreOffice.PagesAsync(Supervision.Tests.Browser.BrowserFixture.Artifacts,
            ("printed-monthly.xlsx", monthly), ("printed-cases.xlsx", cases), ("printed-warnings.xlsx", warnings));

        // The monthly workbook: a cover first, then every page of every sheet with its header row and a page number.
        var month = pdf["printed-monthly.xlsx"];
        Assert.Contains("目录", month[0]);
        Assert.Contains($"{fixture.Month.Year}年{fixture.Month.Month}月1日至", month[0]);
        Assert.Contains("演示分析员", month[0]);
        Assert.All(month, (page, i) => Assert.Matches($@"第 {i + 1} 页 共 {month.Length} 页", page));
        var byAgency = month.Where(page => page.Contains("按单位", StringComparison.Ordinal) && !page.Contains("目录", StringComparison.Ordinal)).ToList();
        Assert.True(byAgency.Count >= 2, $"the agencies' sheet printed on {byAgency.Count} page(s); its header row cannot be checked on page 2");
        // Its first and last column headers on each of its pages: the header repeats, and no column went to another page.
        Assert.All(byAgency, page =>
            Assert.True(page.Contains("编码", StringComparison.Ordinal) && page.Contains("受理投诉举报", StringComparison.Ordinal), page[..Math.Min(400, page.Length)]));

        // The case list: more than one page, each with the whole header, each case number of the month whole somewhere.
        var list = pdf["printed-cases.xlsx"];
        Assert.True(list.Length >= 2, $"{list.Length} page(s)");
        Assert.All(list, page =>
            Assert.True(page.Contains("案号", StringComparison.Ordinal) && page.Contains("四张清单", StringComparison.Ordinal), page[..Math.Min(400, page.Length)]));
        Assert.All(list, (page, i) => Assert.Contains($"第 {i + 1} 页 共 {list.Length} 页", page));
        var text = string.Join("\n", list);
        var cut = numbers.Where(n => !text.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(cut.Count == 0, $"{cut.Count} case numbers not whole in the PDF, e.g. {string.Join(", ", cut.Take(3))}");

        // Names, not internal codes: no rule codes (training-hours), sector enums (MarketRegulation) or stage enums.
        foreach (var (name, pages) in pdf)
        {
            var all = string.Join("\n", pages);
            Assert.DoesNotMatch(InternalCode(), all);
        }
    }

    [LibreOfficeFact]
    public async Task A_cell_XML_cannot_hold_or_a_hundred_thousand_characters_long_does_not_break_the_list()
    {
        ListColumn[] columns = [new("案号", ListCell.Text, 20), new("说明", ListCell.Text, 40)];
        var hostile = "济历下罚〔2026〕\uFFFF17号\u0001" + "\uD800";
        var huge = new string('长', 100_000);
        using var stream = new MemoryStream();
        var rows = await StreamedList.WriteAsync(stream, "案件清单", columns, Rows([hostile, huge], ["济历下罚〔2026〕18号", "正常"]));
        Assert.Equal(2, rows);

        using (var book = new XLWorkbook(new MemoryStream(stream.ToArray())))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal("济历下罚〔2026〕\uFFFD17号\uFFFD\uFFFD", sheet.Cell(2, 1).GetString());
            var cell = sheet.Cell(2, 2).GetString();
            Assert.Equal(SheetText.MaxCellLength, cell.Length);
            Assert.EndsWith(SheetText.CutMark, cell);
            Assert.Equal("正常", sheet.Cell(3, 2).GetString());
        }
        var pdf = await LibreOffice.PagesAsync(null, ("hostile.xlsx", stream.ToArray()));
        Assert.Contains("济历下罚〔2026〕18号", string.Join("\n", pdf["hostile.xlsx"]));
    }

    private static async IAsyncEnumerable<object?[]> Rows(params object?[][] rows)
    {
        foreach (var r in rows) yield return r;
        await Task.CompletedTask;
    }

    private static async Task<byte[]> ListAsync(ListSource source)
    {
        using var stream = new MemoryStream();
        await InChinese(() => StreamedList.WriteAsync(stream, source.SheetName, source.Columns, source.Rows(default), heading: source.SheetName));
        return stream.ToArray();
    }

    private static T InChinese<T>(Func<T> make)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try { return make(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui); }
    }

    [GeneratedRegex(@"\b(?:[a-z]+(?:-[a-z]+)+|MarketRegulation|Ecology|Transport|Filed|Decided|Closed|Draft|Issued)\b")]
    private static partial Regex InternalCode();
}
