using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Notices;
using Supervision.Web.Shared;

namespace Supervision.Tests.Browser;

public class NoticesInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<(int Id, string Number)> IssueAsync()
    {
        var agency = browser.App.Services.GetRequiredService<ReferenceData>().Agencies.Single(a => a.Code == "370102-SCJG").Id;
        await using var scope = browser.App.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<NoticeService>();
        var supervisor = SignedInAs.Principal(Roles.Supervisor, null);
        var draft = new NoticeDraft(NoticeKind.WarningNotice, agency, "关于责令整改逾期未复查问题的预警通知",
            "1. 责令整改(编号1024)整改期限为2026-10-30,已逾期24天仍未复查。\n" +
                "2. 责令整改(编号1031)整改期限为2026-11-02,已逾期21天仍未复查。",
            "请于回复期限前对上述整改事项逐一复查，依法作出处理，并将复查记录和处理结果书面回复。",
            ChinaTime.DayOf(DateTime.UtcNow).AddDays(15), [], []);
        var id = (await service.CreateDraftAsync(draft, supervisor)).Value!.Value;
        Assert.True((await service.IssueAsync(id, null, supervisor)).Succeeded);
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return (id, (await db.Notices.SingleAsync(n => n.Id == id)).Number!);
    }

    [BrowserFact]
    public async Task A_notice_prints_as_an_A4_document_without_the_app_around_it()
    {
        var (id, number) = await IssueAsync();
        var (page, errors) = await browser.SignInAsync("supervisor");
        await page.GotoAsync($"{browser.BaseUrl}/notices/{id}/print");
        await Assertions.Expect(page.GetByTestId("print-number")).ToHaveTextAsync(number);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "notice-print.png"), FullPage = true });

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".notice-print-tools").IsVisibleAsync());
        var font = await page.Locator(".notice-doc").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.Contains("FangSong", font);
        Assert.Contains("Noto Serif CJK SC", font);
        Assert.Equal("rgb(0, 0, 0)", await page.Locator(".notice-doc-kind").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, Path = Path.Combine(BrowserFixture.Artifacts, "notice-print.pdf") });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        // A4 (595 × 842 points), as the @page rule asks, on one sheet.
        var boxes = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]");
        var box = Assert.Single(boxes);
        Assert.Equal(595, double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1.5);
        Assert.Equal(842, double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 1.5);
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task The_liaison_replies_with_an_attachment_and_the_supervisor_closes_the_notice()
    {
        var (id, _) = await IssueAsync();
        var (page, errors) = await browser.SignInAsync("liaison");
        await page.GotoAsync($"{browser.BaseUrl}/notices/{id}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("reply-text").FillAsync("已对两项整改逐一复查，均已整改到位，复查记录见附件。");
        await page.GetByTestId("reply-files").SetInputFilesAsync(new FilePayload { Name = "复查记录.pdf", MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n复查记录"u8.ToArray() });
        // The form lists the file once the circuit has taken it: only then is a click on send a reply with it.
        await Assertions.Expect(page.GetByTestId("reply-form")).ToContainTextAsync("复查记录.pdf");
        await page.GetByTestId("reply-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice-status")).ToHaveTextAsync("已回复", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("notice-attachment")).ToHaveTextAsync("复查记录.pdf");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "notice-replied.png"), FullPage = true });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));

        var (supervisor, supervisorErrors) = await browser.SignInAsync("supervisor");
        await supervisor.GotoAsync($"{browser.BaseUrl}/notices/{id}");
        await BrowserFixture.WaitInteractiveAsync(supervisor);
        await supervisor.GetByTestId("action-accept").ClickAsync();
        await supervisor.GetByTestId("review-confirm").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("notice-status")).ToHaveTextAsync("已办结", new() { Timeout = 30_000 });
        Assert.True(supervisorErrors.Count == 0, "Browser console errors: " + string.Join(" | ", supervisorErrors));
    }
}
