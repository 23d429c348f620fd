using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Ingestion;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;

namespace Supervision.Tests.Features.DrillDown;

/// <summary>
/// 责令整改, 行政强制 and complaints have pages of their own, like inspections: the record's facts in the reader's terms,
/// and its history, which a resend adds to and never erases. A liaison opens only its own agency's.
/// </summary>
public class RecordPagesTests(RevisionApp fixture) : IClassFixture<RevisionApp>
{
    private const string OwnAgency = IngestionApp.AgencyCode;   // the API key's agency, and the demo liaison's
    private static int _serial;

    private static JsonObject Enterprise()
    {
        var n = Interlocked.Increment(ref _serial);
        var body = $"7{n:D7}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        return new JsonObject { ["name"] = $"济南记录页测试有限公司{n}", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) };
    }

    private static string Offset(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(ChinaTime.Offset).ToString("O");

    private static string Minute(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task PostAsync(string kind, JsonObject record, HttpStatusCode expected)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, fixture.Key);
        var response = await client.PostAsync($"/api/v1/{kind}", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(expected == response.StatusCode, $"{kind}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> PageAsync(string user, string path)
    {
        using var client = await fixture.App.SignInAsync(user);
        return WebUtility.HtmlDecode(await client.GetStringAsync(path));
    }

    private static void Shows(string html, string[] shown, string[] hidden)
    {
        foreach (var text in shown) Assert.Contains(text, html);
        foreach (var text in hidden) Assert.DoesNotContain(text, html);
    }

    [Fact]
    public async Task An_orders_page_shows_the_review_a_resend_added_and_the_case_it_came_from_links_to_it()
    {
        await using var db = await fixture.Db();
        var linked = await db.Cases.Where(c => db.Agencies.Any(a => a.Id == c.AgencyId && a.Code == OwnAgency))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.ExternalId, c.Number }).FirstAsync();
        var issued = fixture.Clock.UtcNow().AddDays(-3);
        var reviewed = fixture.Clock.UtcNow().AddHours(-2);
        var order = new JsonObject
        {
            ["id"] = $"ZG-{Guid.NewGuid():N}", ["party"] = Enterprise(), ["caseId"] = linked.ExternalId,
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["requirement"] = "完善食品进货查验记录", ["issuedAt"] = Offset(issued), ["deadline"] = fixture.Clock.Today().AddDays(10).ToString("yyyy-MM-dd"),
        };
        await PostAsync("rectifications", order, HttpStatusCode.Created);
        var id = await db.RectificationOrders.Where(o => o.ExternalId == (string)order["id"]!).Select(o => o.Id).SingleAsync();
        Assert.Contains("待复查", await PageAsync("supervisor", DrillDownLinks.Rectification(id)));

        order["review"] = new JsonObject { ["at"] = Offset(reviewed), ["result"] = "Rectified" };
        await PostAsync("rectifications", order, HttpStatusCode.OK);

        var html = await PageAsync("supervisor", DrillDownLinks.Rectification(id));
        Shows(html,
            ["data-testid=\"rectification-heading\"", "历下区市场监督管理局责令济南记录页测试有限公司", "完善食品进货查验记录", $"href=\"/cases/{linked.Id}\"",
             $"案件 {linked.Number}", "href=\"/agencies/370102-SCJG\"", "data-testid=\"record-history\"", "复查时间", "复查结果", "已整改", Minute(reviewed)],
            ["ReviewedAt", "ReviewResult", "Rectified<", "not-visible"]);
        // The case page's list of orders opens the order.
        Assert.Contains($"href=\"{DrillDownLinks.Rectification(id)}\"", await PageAsync("supervisor", DrillDownLinks.Case(linked.Id)));
    }

    [Fact]
    public async Task A_measures_page_shows_the_end_a_resend_added()
    {
        var started = fixture.Clock.UtcNow().AddHours(-6);
        var measure = new JsonObject
        {
            ["id"] = $"QZ-{Guid.NewGuid():N}", ["party"] = Enterprise(), ["kind"] = "Seizure", ["startedAt"] = Offset(started), ["isEmergency"] = false,
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 }, ["place"] = "仓库",
        };
        await PostAsync("measures", measure, HttpStatusCode.Created);
        measure["endedAt"] = Offset(started.AddHours(3));
        await PostAsync("measures", measure, HttpStatusCode.OK);
        await using var db = await fixture.Db();
        var id = await db.CompulsoryMeasures.Where(m => m.ExternalId == (string)measure["id"]!).Select(m => m.Id).SingleAsync();

        var html = await PageAsync("supervisor", DrillDownLinks.Measure(id));
        Shows(html,
            ["data-testid=\"measure-heading\"", "查封", "仓库", "紧急情况", "data-testid=\"record-history\"", "结束时间", Minute(started.AddHours(3)), "中心首次接收"],
            ["EndedAt", "Seizure", "IsEmergency", "not-visible"]);
    }

    [Fact]
    public async Task A_complaints_page_shows_the_handling_a_resend_added()
    {
        var received = fixture.Clock.UtcNow().AddDays(-2);
        var handled = fixture.Clock.UtcNow().AddHours(-1);
        var complaint = new JsonObject
        {
            ["id"] = $"TS-{Guid.NewGuid():N}", ["channel"] = "Hotline12345", ["officer"] = fixture.Officers[0], ["streetCode"] = "370102001",
            ["summary"] = "执法人员未出示执法证件", ["receivedAt"] = Offset(received), ["deadline"] = Offset(received.AddDays(15)),
        };
        await PostAsync("complaints", complaint, HttpStatusCode.Created);
        complaint["handledAt"] = Offset(handled);
        complaint["outcome"] = "PartlySubstantiated";
        await PostAsync("complaints", complaint, HttpStatusCode.OK);
        await using var db = await fixture.Db();
        var row = await db.Complaints.Where(c => c.ExternalId == (string)complaint["id"]!).Select(c => new { c.Id, c.OfficerId }).SingleAsync();

        var html = await PageAsync("supervisor", DrillDownLinks.Complaint(row.Id));
        Shows(html,
            ["data-testid=\"complaint-heading\"", "12345热线", "执法人员未出示执法证件", $"href=\"/officers/{row.OfficerId}\"", "href=\"/streets/370102001\"",
             "受理时间", Minute(received), "data-testid=\"record-history\"", "办结时间", "办理结果", "部分属实", Minute(handled)],
            ["HandledAt", "PartlySubstantiated", "Hotline12345", "not-visible"]);
    }

    [Fact]
    public async Task A_liaison_opens_its_own_agencys_orders_measures_and_complaints_and_is_told_another_agencys_are_not_there()
    {
        await using var db = await fixture.Db();
        var own = await db.Agencies.Where(a => a.Code == OwnAgency).Select(a => a.Id).SingleAsync();
        // The first of each kind for the liaison's agency and for another one, by id, with the record number the agency gave it.
        static Task<IdAndNumber> Pick(IQueryable<IdAndNumber> q) => q.FirstAsync();
        var pages = new (string Heading, Func<int, string> Link, IdAndNumber Own, IdAndNumber Other)[]
        {
            ("rectification-heading", DrillDownLinks.Rectification,
                await Pick(db.RectificationOrders.Where(o => o.AgencyId == own).OrderBy(o => o.Id).Select(o => new IdAndNumber(o.Id, o.ExternalId))),
                await Pick(db.RectificationOrders.Where(o => o.AgencyId != own).OrderBy(o => o.Id).Select(o => new IdAndNumber(o.Id, o.ExternalId)))),
            ("measure-heading", DrillDownLinks.Measure,
                await Pick(db.CompulsoryMeasures.Where(m => m.AgencyId == own).OrderBy(m => m.Id).Select(m => new IdAndNumber(m.Id, m.ExternalId))),
                await Pick(db.CompulsoryMeasures.Where(m => m.AgencyId != own).OrderBy(m => m.Id).Select(m => new IdAndNumber(m.Id, m.ExternalId)))),
            ("complaint-heading", DrillDownLinks.Complaint,
                await Pick(db.Complaints.Where(c => c.AgencyId == own).OrderBy(c => c.Id).Select(c => new IdAndNumber(c.Id, c.ExternalId))),
                await Pick(db.Complaints.Where(c => c.AgencyId != own).OrderBy(c => c.Id).Select(c => new IdAndNumber(c.Id, c.ExternalId)))),
        };
        using var liaison = await fixture.App.SignInAsync("liaison");
        foreach (var p in pages)
        {
            var other = WebUtility.HtmlDecode(await liaison.GetStringAsync(p.Link(p.Other.Id)));
            Shows(other, ["data-testid=\"not-visible\"", "或您无权查看"], [p.Heading, p.Other.Number, "record-history"]);
            Shows(WebUtility.HtmlDecode(await liaison.GetStringAsync(p.Link(p.Own.Id))), [p.Heading, p.Own.Number], ["not-visible"]);
        }
    }

    [Fact]
    public async Task A_warnings_order_measure_and_complaint_link_to_their_pages_for_whoever_may_see_them()
    {
        await using var db = await fixture.Db();
        var own = await db.Agencies.Where(a => a.Code == OwnAgency).Select(a => a.Id).SingleAsync();
        var order = await db.RectificationOrders.Where(o => o.AgencyId == own).Select(o => o.Id).FirstAsync();
        var measure = await db.CompulsoryMeasures.Where(m => m.AgencyId == own).Select(m => m.Id).FirstAsync();
        var complaint = await db.Complaints.Where(c => c.AgencyId == own).Select(c => c.Id).FirstAsync();
        var otherOrder = await db.RectificationOrders.Where(o => o.AgencyId != own).Select(o => o.Id).FirstAsync();
        var key = $"record-pages-test:{Guid.NewGuid():N}";
        var (warning, change) = Warning.Raise(new WarningFinding("record-pages-test", key, WarningLevel.Yellow, 1, "测试预警", "测试详情", own, null,
            [RecordRef.One(RecordKind.RectificationOrder, order), RecordRef.One(RecordKind.RectificationOrder, otherOrder),
             RecordRef.One(RecordKind.CompulsoryMeasure, measure), RecordRef.One(RecordKind.Complaint, complaint)], fixture.Clock.UtcNow()),
            fixture.Clock.UtcNow());
        db.Warnings.Add(warning);
        db.WarningChanges.Add(change);
        await db.SaveChangesAsync();

        async Task<Dictionary<(RecordKind, int), string?>> LinksAs(System.Security.Claims.ClaimsPrincipal user) =>
            (await new WarningQueries(SignedInAs.UserDb(fixture.App.Services, user), fixture.App.Services.GetRequiredService<RuleCatalogue>())
                .GetAsync(warning.Id))!.Links.ToDictionary(l => (l.Kind, l.RecordId), l => l.Href);
        var supervisor = await LinksAs(SignedInAs.Principal(Roles.Supervisor, null));
        Assert.Equal(DrillDownLinks.Rectification(order), supervisor[(RecordKind.RectificationOrder, order)]);
        Assert.Equal(DrillDownLinks.Rectification(otherOrder), supervisor[(RecordKind.RectificationOrder, otherOrder)]);
        Assert.Equal(DrillDownLinks.Measure(measure), supervisor[(RecordKind.CompulsoryMeasure, measure)]);
        Assert.Equal(DrillDownLinks.Complaint(complaint), supervisor[(RecordKind.Complaint, complaint)]);
        // The liaison's own agency's order opens; another agency's is neither named nor linked.
        var liaison = await LinksAs(SignedInAs.Liaison(own));
        Assert.Equal(DrillDownLinks.Rectification(order), liaison[(RecordKind.RectificationOrder, order)]);
        Assert.Null(liaison[(RecordKind.RectificationOrder, otherOrder)]);
    }

    [Fact]
    public async Task In_English_the_record_pages_name_everything_in_English()
    {
        await using var db = await fixture.Db();
        var order = await db.RectificationOrders.Where(o => o.ReviewedAt != null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var measure = await db.CompulsoryMeasures.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var complaint = await db.Complaints.Where(c => c.HandledAt != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        using var client = await fixture.App.SignInAsync("supervisor");
        var token = Supervision.Tests.Hosting.SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["language"] = "en", ["returnUrl"] = "/",
        }))).StatusCode);
        async Task<string> Page(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));
        try
        {
            await ShowsEnglishAsync(Page, order, measure, complaint);
        }
        finally
        {
            // The choice is the account's: the other tests of this class sign in as the same supervisor and read Chinese.
            await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Supervision.Tests.Hosting.SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/")),
                ["language"] = Supervision.Web.Features.Language.LanguageRegistration.Chinese, ["returnUrl"] = "/",
            }));
        }
    }

    private static async Task ShowsEnglishAsync(Func<string, Task<string>> page, int order, int measure, int complaint)
    {
        Shows(await page(DrillDownLinks.Rectification(order)), ["Rectification order", "ordered", "Requirement", "Deadline", "Record history", "First received"],
            ["责令整改", "整改要求", "整改期限", "复查", "记录修订", "中心首次接收", "已整改", "未整改"]);
        Shows(await page(DrillDownLinks.Measure(measure)), ["Compulsory measure", "Emergency", "From – to", "Record history"],
            ["行政强制", "紧急情况", "起止时间", "查封", "扣押", "强制拆除", "强制执行", "记录修订"]);
        Shows(await page(DrillDownLinks.Complaint(complaint)), ["Complaint about", "Channel", "Deadline for handling", "Outcome", "Record history"],
            ["被投诉单位", "受理时间", "码上监督", "12345热线", "办理期限", "办结", "属实", "记录修订"]);
    }

    private sealed record IdAndNumber(int Id, string Number);
}
