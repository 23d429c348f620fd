using System.Net;
using Supervision.Domain.Notices;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Notices;

/// <summary>The notice pages, the printed document and the attachment download over HTTP, with real sign-in.</summary>
[Collection(NoticesCollection.Name)]
public class NoticePagesTests(NoticesApp fixture)
{
    private static readonly byte[] Pdf = "%PDF-1.7\n整改报告"u8.ToArray();

    [Fact]
    public async Task The_print_page_is_the_formal_document_alone_with_its_title_number_agency_deadline_and_issuer()
    {
        var id = await fixture.IssuedAsync();
        var n = await fixture.ReadAsync(id);
        var supervisor = await fixture.App.SignInAsync("supervisor");

        var html = await supervisor.GetStringAsync($"/notices/{id}/print");

        Assert.Contains("notice-print.css", html);
        Assert.Contains("行政执法监督意见书", html);
        Assert.Contains(n.Number!, html);
        Assert.Contains("历下区市场监督管理局:", html);
        Assert.Contains($"{n.ReplyDeadline.Year}年{n.ReplyDeadline.Month}月{n.ReplyDeadline.Day}日", html);
        Assert.Contains("济南市司法局", html);
        // No app chrome: the navigation of the main layout is not on the page.
        Assert.DoesNotContain("mud-navmenu", html);
        Assert.DoesNotContain("href=\"/warnings\"", html);
    }

    [Fact]
    public async Task A_liaison_sees_its_agencys_notices_and_attachments_not_another_agencys_and_downloads_are_audited()
    {
        var own = await fixture.IssuedAsync();
        var foreign = await fixture.IssuedAsync(fixture.OtherAgency);
        Assert.True((await fixture.Service(s => s.ReplyAsync(own, null, "见附件", [new("整改报告.pdf", Pdf)], fixture.Liaison()))).Succeeded);
        Assert.True((await fixture.Service(s => s.ReplyAsync(foreign, null, "见附件", [new("他单位.pdf", Pdf)], fixture.Liaison(fixture.OtherAgency)))).Succeeded);
        static int Attachment(SupervisionNotice x) => x.Replies.Single().Attachments.Single().Id;
        var ownFile = Attachment(await fixture.ReadAsync(own));
        var foreignFile = Attachment(await fixture.ReadAsync(foreign));
        var liaison = await fixture.App.SignInAsync("liaison");

        var list = await liaison.GetStringAsync("/notices");
        Assert.Contains((await fixture.ReadAsync(own)).Number!, list);
        Assert.DoesNotContain((await fixture.ReadAsync(foreign)).Number!, list);
        Assert.Contains("data-testid=\"not-visible\"", await liaison.GetStringAsync($"/notices/{foreign}"));
        Assert.Contains("data-testid=\"not-visible\"", await liaison.GetStringAsync($"/notices/{foreign}/print"));

        var download = await liaison.GetAsync($"/notices/{own}/attachments/{ownFile}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await liaison.GetAsync($"/notices/{foreign}/attachments/{foreignFile}")).StatusCode);
        // An attachment is only reachable under its own notice.
        Assert.Equal(HttpStatusCode.NotFound, (await liaison.GetAsync($"/notices/{own}/attachments/{foreignFile}")).StatusCode);
        var supervisor = await fixture.App.SignInAsync("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/notices/{foreign}/attachments/{foreignFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.App.SignInAsync("analyst")).GetAsync($"/notices/{own}/attachments/{ownFile}")).StatusCode);

        var audit = await fixture.App.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.NoticeAttachmentRead && e.Target == $"notice:{own}" && e.UserName == "liaison");
        Assert.Contains(audit, e => e.Action == AuditActions.NoticeAttachmentRead && e.Target == $"notice:{foreign}" && e.UserName == "supervisor");
    }

    [Fact]
    public async Task The_new_notice_page_opens_prefilled_from_the_workbench_selection()
    {
        var a = await fixture.RaiseAsync(fixture.OwnAgency, "同一当事人反复违法");
        var b = await fixture.RaiseAsync(fixture.OwnAgency, "罚款超出裁量基准");
        var supervisor = await fixture.App.SignInAsync("supervisor");

        var html = await supervisor.GetStringAsync($"/notices/new?warnings={a},{b}");

        Assert.Contains("data-testid=\"notice-form\"", html);
        Assert.Contains("1．同一当事人反复违法", html);
        Assert.Contains("2．罚款超出裁量基准", html);
        Assert.Contains($"href=\"/warnings/{a}\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.App.SignInAsync("liaison")).GetAsync($"/notices/new?warnings={a}")).StatusCode);
    }

    [Fact]
    public async Task The_detail_page_offers_each_role_the_actions_of_the_notices_state()
    {
        var draft = await fixture.DraftAsync();
        var replied = await fixture.IssuedAsync();
        Assert.True((await fixture.Service(s => s.ReplyAsync(replied, null, "已完成整改", [new("整改报告.pdf", Pdf)], fixture.Liaison()))).Succeeded);
        var issued = await fixture.IssuedAsync();
        var supervisor = await fixture.App.SignInAsync("supervisor");
        var liaison = await fixture.App.SignInAsync("liaison");

        var draftPage = await supervisor.GetStringAsync($"/notices/{draft}");
        Assert.Contains("data-testid=\"action-issue\"", draftPage);
        Assert.DoesNotContain("data-testid=\"notice-print\"", draftPage);

        var repliedPage = await supervisor.GetStringAsync($"/notices/{replied}");
        Assert.Contains("data-testid=\"action-accept\"", repliedPage);
        Assert.Contains("data-testid=\"action-sendback\"", repliedPage);
        Assert.Contains("已完成整改", repliedPage);
        Assert.Contains("整改报告.pdf", repliedPage);
        Assert.DoesNotContain("data-testid=\"reply-form\"", repliedPage);

        var inbox = await liaison.GetStringAsync($"/notices/{issued}");
        Assert.Contains("data-testid=\"reply-form\"", inbox);
        Assert.DoesNotContain("data-testid=\"action-accept\"", inbox);
        Assert.DoesNotContain("data-testid=\"reply-form\"", await liaison.GetStringAsync($"/notices/{replied}"));

        var list = await supervisor.GetStringAsync("/notices");
        Assert.Contains("data-testid=\"notice-filters\"", list);
        Assert.Contains("data-testid=\"notice-new\"", list);
    }
}
