using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Ingestion.Import;

namespace Supervision.Tests.Features.Ingestion.Import;

/// <summary>Imports through the real app on a temporary SQLite file, for 历下区市场监督管理局 (the demo liaison's agency).</summary>
public class ImportTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private static int _serial;

    private KeyOwner Owner => new(0, api.AgencyId, IngestionApp.AgencyCode);
    private RecordImport Import => api.App.Services.GetRequiredService<RecordImport>();

    private static string FreshCreditCode()
    {
        var body = $"7{Interlocked.Increment(ref _serial):D7}";
        var withOrganization = "91370102" + body + CreditCode.OrganizationCheck(body);
        return withOrganization + CreditCode.CheckCharacter(withOrganization);
    }

    private Dictionary<string, object> Row(string id, string creditCode) => new()
    {
        ["记录编号"] = id,
        ["名称"] = "济南导入测试商贸有限公司",
        ["统一社会信用代码"] = creditCode,
        ["检查类型"] = "日常检查",
        ["开始时间"] = "2026-11-20 09:30",
        ["结束时间"] = new DateTime(2026, 11, 20, 10, 30, 0),
        ["经度"] = 117.0208,
        ["纬度"] = 36.6683,
        ["执法证号"] = string.Join("、", api.Officers),
        ["检查结果"] = "未发现问题",
    };

    private async Task<ImportResult> ImportAsync(ImportTemplate template, Stream file, string name)
    {
        var reading = SheetReader.Read(file, name, template);
        Assert.Null(reading.Error);
        return await Import.RunAsync(Owner, template, name, reading.Rows);
    }

    [Fact]
    public async Task Good_rows_are_stored_and_bad_rows_leave_nothing_behind()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (codeA, codeB, codeC, codeD) = (FreshCreditCode(), FreshCreditCode(), FreshCreditCode(), FreshCreditCode());
        var unknownOfficer = Row($"A-{run}-2", codeB);
        unknownOfficer["执法证号"] = api.Officers[0] + "、00000000";
        var badDate = Row($"A-{run}-3", codeC);
        badDate["开始时间"] = "2026-13-01 09:00";
        var file = SheetParsingTests.Workbook(Row($"A-{run}-1", codeA), unknownOfficer, badDate, Row($"A-{run}-4", codeD));
        var progress = new List<(int Done, int Total)>();
        var reading = SheetReader.Read(file, "导入.xlsx", ImportTemplates.Inspections);

        var result = await Import.RunAsync(Owner, ImportTemplates.Inspections, "导入.xlsx", reading.Rows, (d, t) => { progress.Add((d, t)); return Task.CompletedTask; });

        Assert.Equal([OutcomeStatus.Created, OutcomeStatus.Rejected, OutcomeStatus.Rejected, OutcomeStatus.Created], result.Rows.Select(r => r.Status));
        Assert.Equal([2, 3, 4, 5], result.Rows.Select(r => r.Row));
        Assert.Equal((2, 2), (result.Created, result.NotWritten));
        Assert.Contains(result.Rows[1].Problems, p => p.Field == "执法证号" && p.Message.Contains("00000000"));
        Assert.Contains(result.Rows[2].Problems, p => p.ToString().StartsWith("开始时间: “2026-13-01 09:00” 不是有效时间"));
        Assert.Equal((4, 4), progress[^1]);

        await using var db = await api.Db();
        var stored = await db.Inspections.Where(i => i.ExternalId.StartsWith($"A-{run}-")).Select(i => i.ExternalId).OrderBy(x => x).ToListAsync();
        Assert.Equal([$"A-{run}-1", $"A-{run}-4"], stored);
        var first = await db.Inspections.SingleAsync(i => i.ExternalId == $"A-{run}-1");
        Assert.Equal(api.AgencyId, first.AgencyId);
        Assert.Equal(new DateTime(2026, 11, 20, 1, 30, 0, DateTimeKind.Utc), first.StartedAt);
        Assert.Equal(new DateTime(2026, 11, 20, 2, 30, 0, DateTimeKind.Utc), first.EndedAt);
        Assert.Equal(2, await db.InspectionOfficers.CountAsync(o => o.InspectionId == first.Id));
        // The rejected rows' enterprises were not created either.
        Assert.False(await db.Parties.AnyAsync(p => p.CreditCode == codeB || p.CreditCode == codeC));
        Assert.True(await db.Parties.AnyAsync(p => p.CreditCode == codeA));
        // The import itself is on record.
        Assert.Contains(await db.AuditEntries.Where(a => a.Action == Supervision.Web.Features.Access.AuditActions.RecordsImported).Select(a => a.Detail).ToListAsync(),
            d => d!.Contains("导入.xlsx") && d.Contains("共 4 行") && d.Contains("新增 2") && d.Contains("未写入 2"));

        // The same file again writes nothing new.
        file.Position = 0;
        var again = await ImportAsync(ImportTemplates.Inspections, file, "导入.xlsx");
        Assert.Equal([OutcomeStatus.Unchanged, OutcomeStatus.Rejected, OutcomeStatus.Rejected, OutcomeStatus.Unchanged], again.Rows.Select(r => r.Status));
    }

    [Fact]
    public async Task The_new_triggers_are_accepted_by_their_Chinese_names()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        (string Label, InspectionKind Kind)[] kinds =
            [("上级交办", InspectionKind.HigherLevelAssignment), ("其他机关移送", InspectionKind.Referral), ("重点领域治理部署", InspectionKind.KeySectorCampaign)];
        var rows = kinds.Select((k, i) => { var row = Row($"K-{run}-{i}", FreshCreditCode()); row["检查类型"] = k.Label; return row; }).ToArray();

        var result = await ImportAsync(ImportTemplates.Inspections, SheetParsingTests.Workbook(rows), "交办移送.xlsx");

        Assert.All(result.Rows, r => Assert.True(r.Status == OutcomeStatus.Created, string.Join("; ", r.Problems)));
        await using var db = await api.Db();
        var stored = await db.Inspections.Where(i => i.ExternalId.StartsWith($"K-{run}-")).OrderBy(i => i.ExternalId).Select(i => i.Kind).ToListAsync();
        Assert.Equal(kinds.Select(k => k.Kind), stored);
        // The template's guide lists them among the allowed values.
        Assert.Contains("上级交办、其他机关移送、重点领域治理部署", ImportTemplates.Inspections.Columns.Single(c => c.Header == "检查类型").Format);
    }

    [Fact]
    public async Task A_row_for_an_agency_outside_the_importers_scope_is_refused_by_name_and_the_others_are_written()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var foreign = Row($"F-{run}-2", FreshCreditCode());
        foreign["执法单位代码"] = "370103-SCJG";
        var result = await ImportAsync(ImportTemplates.Inspections, SheetParsingTests.Workbook(Row($"F-{run}-1", FreshCreditCode()), foreign), "越权.xlsx");

        Assert.Equal([OutcomeStatus.Created, OutcomeStatus.Forbidden], result.Rows.Select(r => r.Status));
        Assert.Equal("无权为该单位报送，未写入", result.Rows[1].StatusText);
        var problem = Assert.Single(result.Rows[1].Problems);
        Assert.Equal("执法单位代码", problem.Field);
        Assert.StartsWith("您无权为市中区市场监督管理局报送数据", problem.Message);
        await using var db = await api.Db();
        Assert.Equal([$"F-{run}-1"], await db.Inspections.Where(i => i.ExternalId.StartsWith($"F-{run}-")).Select(i => i.ExternalId).ToListAsync());
    }

    [Fact]
    public async Task The_report_lists_every_row_with_its_status_in_chinese_and_highlights_rows_not_written()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var bad = Row($"R-{run}-2", FreshCreditCode());
        bad["统一社会信用代码"] = "91350100M000100Y44";
        var result = await ImportAsync(ImportTemplates.Inspections, SheetParsingTests.Workbook(Row($"R-{run}-1", FreshCreditCode()), bad), "检查记录.xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(ImportWorkbooks.Report(result)));
        var sheet = workbook.Worksheet("逐行结果");
        Assert.Equal(["行号", "记录编号", "结果", "问题所在列", "说明"], Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.All(Enumerable.Range(1, 5), c => Assert.NotEqual(sheet.ColumnWidth, sheet.Column(c).Width));
        Assert.Equal((2.0, $"R-{run}-1", "新增"), (sheet.Cell(2, 1).GetDouble(), sheet.Cell(2, 2).GetString(), sheet.Cell(2, 3).GetString()));
        Assert.Equal("未通过校验，未写入", sheet.Cell(3, 3).GetString());
        Assert.Equal("统一社会信用代码", sheet.Cell(3, 4).GetString());
        Assert.StartsWith("统一社会信用代码: ", sheet.Cell(3, 5).GetString());
        Assert.NotEqual(sheet.Cell(2, 1).Style.Fill.BackgroundColor, sheet.Cell(3, 1).Style.Fill.BackgroundColor);
        var summary = workbook.Worksheet("汇总");
        Assert.Equal("检查记录.xlsx", summary.Cell(1, 2).GetString());
        Assert.Equal(1, summary.Cell(5, 2).GetDouble());
        Assert.Equal(1, summary.Cell(8, 2).GetDouble());
    }

    public static TheoryData<string> Kinds() => [.. ImportTemplates.All.Select(t => t.Slug)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_downloaded_excel_template_imports_once_its_example_row_is_filled_in(string kind)
    {
        var template = ImportTemplates.Find(kind)!;
        var liaison = await api.App.SignInAsync("liaison");
        var response = await liaison.GetAsync($"/import/template/{kind}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportWorkbooks.ExcelType, response.Content.Headers.ContentType!.MediaType);

        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(template.Title, sheet.Name);
        Assert.Equal(template.Columns.Select(c => c.Header), Enumerable.Range(1, template.Columns.Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        var guide = workbook.Worksheet(ImportWorkbooks.GuideSheet);
        Assert.Equal(["列名", "是否必填", "格式", "说明"], Enumerable.Range(1, 4).Select(c => guide.Cell(1, c).GetString()));
        Assert.Equal(template.Columns.Select(c => c.Header), Enumerable.Range(2, template.Columns.Count).Select(r => guide.Cell(r, 1).GetString()));

        // Fill in what only the agency knows: a fresh record id and, for inspections, its own officers.
        var id = Column(sheet, "记录编号");
        sheet.Cell(2, id).SetValue($"{kind}-{Guid.NewGuid():N}"[..40]);
        if (kind == "inspections") sheet.Cell(2, Column(sheet, "执法证号")).SetValue(string.Join("、", api.Officers));
        if (kind == "credit-grades")
        {
            // A grade is for an enterprise the center already knows.
            await using var db = await api.Db();
            sheet.Cell(2, Column(sheet, "统一社会信用代码")).SetValue(
                await db.Parties.Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).Select(p => p.CreditCode).FirstAsync());
        }
        var filled = new MemoryStream();
        workbook.SaveAs(filled);
        filled.Position = 0;

        var result = await ImportAsync(template, filled, $"{kind}.xlsx");
        var row = Assert.Single(result.Rows);
        Assert.True(row.Status == OutcomeStatus.Created, string.Join("; ", row.Problems));
    }

    [Fact]
    public async Task The_downloaded_csv_template_imports_once_its_example_row_is_filled_in()
    {
        var liaison = await api.App.SignInAsync("liaison");
        var response = await liaison.GetAsync("/import/template/inspections.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV template starts with a byte-order mark for Excel");
        var text = SheetReader.Decode(bytes);
        Assert.StartsWith("记录编号,执法单位代码,名称,统一社会信用代码,检查类型", text);

        text = text.Replace("370100010001、370100010002", string.Join(";", api.Officers)).Replace("JC-2026-0001", $"CSV-{Guid.NewGuid():N}");
        var result = await ImportAsync(ImportTemplates.Inspections, new MemoryStream(Encoding.UTF8.GetBytes(text)), "检查记录.csv");
        var row = Assert.Single(result.Rows);
        Assert.True(row.Status == OutcomeStatus.Created, string.Join("; ", row.Problems));
    }

    [Fact]
    public async Task A_liaison_downloads_only_their_own_last_report()
    {
        var liaison = await api.App.SignInAsync("liaison");
        var userId = await UserIdAsync("liaison");
        var reports = api.App.Services.GetRequiredService<ImportReports>();
        var result = new ImportResult("本周检查.xlsx", "检查记录", DateTime.UtcNow,
            [new RowResult(2, "JC-X", OutcomeStatus.Rejected, [new FieldError("开始时间", "缺少时间。")])]);
        reports.Save(userId, result);

        var response = await liaison.GetAsync("/import/report.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("导入结果-检查记录-", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal("开始时间: 缺少时间。", workbook.Worksheet(1).Cell(2, 5).GetString());
        // Nobody else's report is found under another id.
        Assert.Null(reports.Last(await UserIdAsync("admin")));
    }

    [Fact]
    public async Task Only_an_agency_liaison_imports_and_always_for_their_own_agency()
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SupervisionUser>>();
        var liaison = await principals.CreateAsync((await manager.FindByNameAsync("liaison"))!);
        var admin = await principals.CreateAsync((await manager.FindByNameAsync("admin"))!);
        Assert.Equal(new KeyOwner(0, api.AgencyId, IngestionApp.AgencyCode), Import.OwnerOf(liaison));
        Assert.Null(Import.OwnerOf(admin));
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>().FindByNameAsync(userName))!.Id;
    }

    private static int Column(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
}
