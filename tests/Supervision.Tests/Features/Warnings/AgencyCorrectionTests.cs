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
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// A warning an agency's correction makes go away is resolved as such ("经单位…更正记录后不再成立"), visible to the
/// supervisor, who can open it again; once reopened the rules no longer clear it by themselves. Lateness is judged by
/// when the center received a record, so reporting late neither escapes a rule nor goes unnoticed.
/// </summary>
public class AgencyCorrectionTests(RevisionApp fixture) : IClassFixture<RevisionApp>
{
    private static JsonObject Enterprise()
    {
        var body = $"7{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        return new JsonObject { ["name"] = "济南更正测试有限公司", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) };
    }

    private static string Offset(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(ChinaTime.Offset).ToString("O");

    private async Task<HttpStatusCode> PostAsync(string path, JsonObject record)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, fixture.Key);
        return (await client.PostAsync(path, new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).StatusCode;
    }

    private async Task<Warning?> WarningAsync(string subjectKey)
    {
        await using var db = await fixture.Db();
        return await db.Warnings.AsNoTracking().SingleOrDefaultAsync(w => w.SubjectKey == subjectKey);
    }

    [Fact]
    public async Task A_back_dated_review_clears_the_overdue_warning_as_the_agencys_correction_and_a_supervisor_can_hold_it_open()
    {
        var now = fixture.Clock.UtcNow();
        var today = fixture.Clock.Today();
        var order = new JsonObject
        {
            ["id"] = $"ZG-{Guid.NewGuid():N}",
            ["party"] = Enterprise(),
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["requirement"] = "完善食品进货查验记录",
            ["issuedAt"] = Offset(now.AddDays(-20)),
            ["deadline"] = today.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.Equal(HttpStatusCode.Created, await PostAsync("/api/v1/rectifications", order));
        int id;
        await using (var db = await fixture.Db())
            id = await db.RectificationOrders.Where(o => o.ExternalId == (string)order["id"]!).Select(o => o.Id).SingleAsync();
        var key = OverdueRectificationRule.SubjectKey(id);
        await Wait.UntilAsync(async () => (await WarningAsync(key))?.IsActive == true, TimeSpan.FromSeconds(30), "the overdue order's warning is raised");

        // The agency resends the order with a review dated before the deadline.
        order["review"] = new JsonObject { ["at"] = Offset(ChinaTime.StartOfDayUtc(today.AddDays(-11)).AddHours(10)), ["result"] = "Rectified" };
        Assert.Equal(HttpStatusCode.OK, await PostAsync("/api/v1/rectifications", order));
        await Wait.UntilAsync(async () => (await WarningAsync(key))?.Status == WarningStatus.Resolved, TimeSpan.FromSeconds(30), "the correction clears it");
        var cleared = (await WarningAsync(key))!;
        Assert.StartsWith($"经单位于{ChineseDates.Day(now)}", cleared.ResolvedReason);
        Assert.Contains("更正记录后不再成立", cleared.ResolvedReason);

        // The supervisor does not accept the correction: reopened, with a reason, and the rules leave it open.
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var actions = scope.ServiceProvider.GetRequiredService<WarningActions>();
        var supervisor = SignedInAs.Principal(Roles.Supervisor, null);
        Assert.False((await actions.ReopenAsync([new WarningRef(cleared.Id)], " ", supervisor)).Succeeded);
        Assert.False((await actions.ReopenAsync([new WarningRef(cleared.Id)], "复查时间与现场记录不符", SignedInAs.Principal(Roles.Operator, null))).Succeeded);
        var reopened = await actions.ReopenAsync([new WarningRef(cleared.Id)], "复查时间与现场记录不符", supervisor);
        Assert.True(reopened.Succeeded, string.Join("; ", reopened.Problems));
        await fixture.App.Services.GetRequiredService<WarningEngine>().EvaluateAsync([new RecordTouch(RecordKind.RectificationOrder, id, Revised: true)]);
        var held = (await WarningAsync(key))!;
        Assert.Equal((WarningStatus.Open, true, "复查时间与现场记录不符"), (held.Status, held.HeldOpen, held.HandlingNote));
        // Reopening an open warning is refused, not duplicated in its history.
        Assert.False((await actions.ReopenAsync([new WarningRef(cleared.Id)], "再次", supervisor)).Succeeded);
    }

    [Fact]
    public async Task A_night_execution_reported_sixty_days_later_is_judged_and_the_late_report_is_a_warning_of_its_own()
    {
        var now = fixture.Clock.UtcNow();
        var night = ChinaTime.StartOfDayUtc(fixture.Clock.Today().AddDays(-60)).AddHours(23);
        var measure = new JsonObject
        {
            ["id"] = $"QZ-{Guid.NewGuid():N}",
            ["party"] = Enterprise(),
            ["kind"] = "ForcedDemolition",
            ["startedAt"] = Offset(night),
            ["endedAt"] = Offset(night.AddHours(2)),
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
        };
        Assert.Equal(HttpStatusCode.Created, await PostAsync("/api/v1/measures", measure));
        int id, agencyId;
        await using (var db = await fixture.Db())
        {
            var row = await db.CompulsoryMeasures.Where(m => m.ExternalId == (string)measure["id"]!).Select(m => new { m.Id, m.AgencyId }).SingleAsync();
            (id, agencyId) = (row.Id, row.AgencyId);
        }
        await fixture.App.Services.GetRequiredService<WarningEngine>().EvaluateAsync([new RecordTouch(RecordKind.CompulsoryMeasure, id)]);

        Assert.True((await WarningAsync(NightHolidayExecutionRule.SubjectKey(id)))?.IsActive, "judged although the act is outside the 30-day window");
        var late = await WarningAsync(LateReportingRule.SubjectKey(agencyId, ChinaTime.DayOf(now)));
        Assert.NotNull(late);
        Assert.Equal(WarningLevel.Red, late.Level);
        Assert.Contains("行政强制1条", late.Detail);
    }
}
