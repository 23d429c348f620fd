using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Evaluation;

namespace Supervision.Tests.Features.Evaluation;

/// <summary>The campaign workbook downloaded over HTTP and read back with ClosedXML, against the database's own figures.</summary>
[Collection(EvaluationCollection.Name)]
public class CampaignWorkbookTests(EvaluationApp fixture)
{
    private const int FirstRow = CampaignWorkbook.HeaderRow + 1;

    /// <summary>A campaign with its files given to the supervisor and all but one scored with Chinese reasons.</summary>
    private async Task<int> ScoredCampaignAsync(string name)
    {
        var id = await fixture.OpenAsync(seed: 4242, name: name);
        Assert.True((await fixture.With(s => s.AssignAsync(id, [], ["supervisor"], EvaluationApp.Supervisor()))).Succeeded);
        await using var db = await fixture.Db();
        var files = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();
        List<DeductionEntry>[] patterns =
        [
            [new("ZJ-01", 5, "缺少现场检查笔录，证据链不完整")],
            [new("ZJ-01", 3, "证据相互矛盾未说明"), new("CX-02", 5, "未告知陈述、申辩权利")],
            [],
            [new("WS-01", 2, "文书缺少当事人地址"), new("ZJ-01", 5, "缺少现场检查笔录，证据链不完整"), new("CL-01", 6, "罚款明显畸重"),
                new("FL-01", 8, "适用法律错误"), new("SS-01", 8, "当事人认定错误")],
        ];
        for (var i = 0; i < files.Count - 1; i++)
        {
            var deductions = patterns[i % patterns.Length];
            Assert.True((await fixture.With(s => s.ScoreAsync(files[i], deductions, EvaluationApp.Supervisor()))).Succeeded);
        }
        return id;
    }

    private static async Task<(XLWorkbook Book, string FileName)> DownloadAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/evaluations/{id}/workbook");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CampaignWorkbook.ContentType, response.Content.Headers.ContentType!.MediaType);
        var name = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        return (new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync())), name);
    }

    private static int LastRow(IXLWorksheet sheet) => sheet.LastRowUsed().RowNumber();

    private static List<string> Headers(IXLWorksheet sheet, int count) =>
        [.. Enumerable.Range(1, count).Select(c => sheet.Cell(CampaignWorkbook.HeaderRow, c).GetString())];

    [Fact]
    public async Task The_workbook_has_the_four_sheets_and_its_totals_are_the_databases_own_figures()
    {
        var id = await ScoredCampaignAsync("全市第一批评查");
        var analyst = await fixture.App.SignInAsync("analyst");

        var (book, fileName) = await DownloadAsync(analyst, id);

        Assert.Equal($"案卷评查_全市第一批评查_{fixture.Year}.xlsx", fileName);
        Assert.Equal(["汇总", "案卷得分", "扣分明细", "共性问题"], book.Worksheets.Select(w => w.Name));
        var summary = book.Worksheet("汇总");
        var files = book.Worksheet("案卷得分");
        var deductions = book.Worksheet("扣分明细");
        var problems = book.Worksheet("共性问题");
        Assert.Equal(CampaignWorkbook.SummaryHeaders, Headers(summary, CampaignWorkbook.SummaryHeaders.Length));
        Assert.Equal(CampaignWorkbook.FileHeaders, Headers(files, CampaignWorkbook.FileHeaders.Length));
        Assert.Equal(CampaignWorkbook.DeductionHeaders, Headers(deductions, CampaignWorkbook.DeductionHeaders.Length));
        Assert.Equal(CampaignWorkbook.ProblemHeaders, Headers(problems, CampaignWorkbook.ProblemHeaders.Length));
        foreach (var sheet in book.Worksheets)
        {
            Assert.Equal(CampaignWorkbook.HeaderRow, sheet.SheetView.SplitRow);
            Assert.True(sheet.Cell(CampaignWorkbook.HeaderRow, 1).Style.Font.Bold);
            Assert.Equal(CampaignWorkbook.TotalLabel, sheet.Cell(LastRow(sheet), 1).GetString());
            Assert.StartsWith("全市第一批评查", sheet.Cell(1, 1).GetString());
        }

        await using var db = await fixture.Db();
        var dbFiles = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id).ToListAsync();
        var dbDeductions = await db.FileDeductions.AsNoTracking().Where(d => dbFiles.Select(f => f.Id).Contains(d.FileId)).ToListAsync();
        var scored = dbFiles.Where(f => f.Score is not null).ToList();

        // 案卷得分: one row per file, the average of the scored ones, the number of deductions.
        var filesTotal = LastRow(files);
        Assert.Equal(dbFiles.Count, filesTotal - FirstRow);
        Assert.Equal(Math.Round(scored.Average(f => f.Score!.Value), 1), files.Cell(filesTotal, 7).GetDouble(), 3);
        Assert.Equal(dbDeductions.Count, files.Cell(filesTotal, 9).GetDouble());
        Assert.Equal("0", files.Cell(FirstRow, 7).Style.NumberFormat.Format);
        Assert.Equal("yyyy-mm-dd", files.Cell(FirstRow, 4).Style.NumberFormat.Format);
        Assert.Equal(1, files.Column(4).Cells(FirstRow, filesTotal - 1).Count(c => c.DataType == XLDataType.DateTime) > 0 ? 1 : 0);

        // 扣分明细: every deduction, the points adding up to the database's, the Chinese reasons intact.
        var deductionsTotal = LastRow(deductions);
        Assert.Equal(dbDeductions.Count, deductionsTotal - FirstRow);
        Assert.Equal(dbDeductions.Sum(d => d.Points), deductions.Cell(deductionsTotal, 7).GetDouble());
        var reasons = Enumerable.Range(FirstRow, dbDeductions.Count).Select(r => deductions.Cell(r, 8).GetString()).ToList();
        Assert.Contains("缺少现场检查笔录，证据链不完整", reasons);
        Assert.Contains("未告知陈述、申辩权利", reasons);
        Assert.Equal(dbDeductions.Select(d => d.Reason).Order(StringComparer.Ordinal), reasons.Order(StringComparer.Ordinal));

        // 汇总: files, scored and grades add up to the database's; the agencies are the campaign's.
        var summaryTotal = LastRow(summary);
        Assert.Equal(fixture.Agencies.Count, summaryTotal - FirstRow);
        Assert.Equal(dbFiles.Count, summary.Cell(summaryTotal, 5).GetDouble());
        Assert.Equal(scored.Count, summary.Cell(summaryTotal, 6).GetDouble());
        Assert.Equal(scored.Count(f => f.Grade == Grade.Excellent), summary.Cell(summaryTotal, 8).GetDouble());
        Assert.Equal(scored.Count(f => f.Grade == Grade.Qualified), summary.Cell(summaryTotal, 9).GetDouble());
        Assert.Equal(scored.Count(f => f.Grade == Grade.Unqualified), summary.Cell(summaryTotal, 10).GetDouble());
        Assert.Equal("0.0", summary.Cell(summaryTotal, 7).Style.NumberFormat.Format);
        Assert.Contains("历下区市场监督管理局", Enumerable.Range(FirstRow, fixture.Agencies.Count).Select(r => summary.Cell(r, 3).GetString()));

        // 共性问题: the most frequent item first, with its count as the database has it.
        var top = dbDeductions.GroupBy(d => d.ItemCode).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Select(d => d.FileId).Distinct().Count())
            .ThenByDescending(g => g.Sum(d => d.Points)).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        Assert.Equal(("ZJ-01", "证据收集"), (problems.Cell(FirstRow, 3).GetString(), problems.Cell(FirstRow, 2).GetString()));
        Assert.Equal(top.Key, problems.Cell(FirstRow, 3).GetString());
        Assert.Equal(top.Count(), problems.Cell(FirstRow, 5).GetDouble());
        Assert.Equal("缺少现场检查笔录，证据链不完整", problems.Cell(FirstRow, 9).GetString());
        Assert.Equal(dbDeductions.Count, problems.Cell(LastRow(problems), 5).GetDouble());
        Assert.Equal(dbDeductions.Sum(d => d.Points), problems.Cell(LastRow(problems), 8).GetDouble());

        Assert.All(book.Worksheets, s => Assert.True(s.Column(2).Width > 5));
        Assert.Contains(await fixture.App.AuditAsync(), e => e.Action == AuditActions.EvaluationExported && e.Target == $"evaluation:{id}" && e.UserName == "analyst");
    }

    [Fact]
    public async Task A_liaisons_workbook_has_only_its_own_agency_and_a_campaign_without_it_is_not_found()
    {
        var id = await ScoredCampaignAsync("联络员可见性");
        var without = await fixture.OpenAsync(agencies: [.. fixture.Agencies.Where(a => a != fixture.LiaisonAgency)]);
        var liaison = await fixture.App.SignInAsync("liaison");

        var (book, _) = await DownloadAsync(liaison, id);

        await using var db = await fixture.Db();
        var own = await db.CampaignFiles.AsNoTracking().Where(f => f.CampaignId == id && f.AgencyId == fixture.LiaisonAgency).ToListAsync();
        var ownDeductions = await db.FileDeductions.AsNoTracking().CountAsync(d => own.Select(f => f.Id).Contains(d.FileId));
        var summary = book.Worksheet("汇总");
        Assert.Equal(1, LastRow(summary) - FirstRow);
        Assert.Equal("历下区市场监督管理局", summary.Cell(FirstRow, 3).GetString());
        var files = book.Worksheet("案卷得分");
        Assert.Equal(own.Count, LastRow(files) - FirstRow);
        Assert.All(Enumerable.Range(FirstRow, own.Count), r => Assert.Equal("历下区市场监督管理局", files.Cell(r, 2).GetString()));
        var deductions = book.Worksheet("扣分明细");
        Assert.Equal(ownDeductions, LastRow(deductions) - FirstRow);
        Assert.All(Enumerable.Range(FirstRow, ownDeductions), r => Assert.Equal("历下区市场监督管理局", deductions.Cell(r, 2).GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await liaison.GetAsync($"/evaluations/{without}/workbook")).StatusCode);
        Assert.Contains(await fixture.App.AuditAsync(),
            e => e.Action == AuditActions.EvaluationExported && e.UserName == "liaison" && e.Detail!.Contains($"agency={fixture.LiaisonAgency}"));
    }

    [Fact]
    public void A_campaign_name_with_characters_no_file_system_takes_still_gives_a_file_name()
    {
        var header = new CampaignHeader(1, "2026/上半年:重点?", 2026, 5, null, 1, CampaignStatus.Open, DateTime.UtcNow, "supervisor", null, null);
        Assert.Equal("案卷评查_2026_上半年_重点__2026.xlsx", CampaignWorkbook.FileNameOf(header));
    }
}
