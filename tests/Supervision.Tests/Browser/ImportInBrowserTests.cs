using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion.Import;

namespace Supervision.Tests.Browser;

public class ImportInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_liaison_uploads_a_csv_sees_the_rejected_row_and_downloads_the_report()
    {
        var (page, errors) = await browser.SignInAsync("liaison");
        await page.GetByRole(AriaRole.Link, new() { Name = "数据导入" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/import");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("import-rules")).ToContainTextAsync("有错的行不写入任何数据");

        var template = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Excel 模板" }).ClickAsync());
        Assert.Equal("检查记录导入模板.xlsx", template.SuggestedFilename);

        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var agencyId = await db.Agencies.Where(a => a.Code == "370102-SCJG").Select(a => a.Id).SingleAsync();
        var officers = await db.Officers.Where(o => o.AgencyId == agencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .Select(o => o.CertificateNumber).Take(2).ToListAsync();
        var yesterday = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd");
        var csv = "记录编号,名称,统一社会信用代码,检查类型,开始时间,经度,纬度,执法证号\r\n" +
                  $"WEB-1,济南浏览器导入测试有限公司,{ImportTemplates.ExampleCreditCode},日常检查,{yesterday} 09:30," +
                  $"117.0208,36.6683,{string.Join("、", officers)}\r\n" +
                  $"WEB-2,济南浏览器导入测试有限公司,{ImportTemplates.ExampleCreditCode},日常检查,2026-13-01 09:30,117.0208,36.6683,{officers[0]}\r\n";
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "检查记录.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-summary")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("count-created")).ToHaveTextAsync("新增 1");
        await Assertions.Expect(page.GetByTestId("count-rejected")).ToHaveTextAsync("未写入 1");
        await Assertions.Expect(page.GetByTestId("rejected-rows")).ToContainTextAsync("“2026-13-01 09:30” 不是有效时间");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "import-liaison.png"), FullPage = true });

        var report = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-report").ClickAsync());
        Assert.StartsWith("导入结果-检查记录-", report.SuggestedFilename);
        using var workbook = new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(await report.PathAsync())));
        var sheet = workbook.Worksheet("逐行结果");
        Assert.Equal(("WEB-1", "新增"), (sheet.Cell(2, 2).GetString(), sheet.Cell(2, 3).GetString()));
        Assert.Equal(("WEB-2", "未通过校验，未写入", "开始时间"), (sheet.Cell(3, 2).GetString(), sheet.Cell(3, 3).GetString(), sheet.Cell(3, 4).GetString()));
        Assert.True(await db.Inspections.AnyAsync(i => i.AgencyId == agencyId && i.ExternalId == "WEB-1"));
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId == "WEB-2"));
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }
}
