using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Shared;
using static Supervision.Tests.Features.Ingestion.CaseLimitsClient;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>
/// An approved extension (延期) and suspensions (中止) reported through the case API move the decision limit exactly, as
/// the real warning engine judges it; bad ones are refused field by field.
/// </summary>
public class CaseTimeLimitApiTests(RevisionApp fixture) : IClassFixture<RevisionApp>
{
    private readonly CaseLimitsClient _api = new(fixture);

    private HolidayCalendar Calendar => fixture.App.Services.GetRequiredService<ReferenceData>().Holidays;

    private DateOnly Today => fixture.Clock.Today();

    /// <summary>A recent working day whose next day is still in the past: the deadline the boundary tests aim at.</summary>
    private DateOnly Deadline()
    {
        var d = Today.AddDays(-3);
        while (!Calendar.IsWorkingDay(d)) d = d.AddDays(-1);
        return d;
    }

    private async Task<Warning?> DecisionWarningAsync(int caseId) => await _api.WarningAsync(caseId, CaseTimeLimitRule.SubjectKey(caseId, "decided"));

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public async Task An_approved_extension_moves_the_deadline_to_its_day(int decidedAfterDeadline)
    {
        var deadline = Deadline();
        var filed = deadline.AddDays(-100);
        var record = _api.Case(filed, deadline.AddDays(decidedAfterDeadline));
        record["extension"] = new JsonObject { ["approver"] = "张局长", ["until"] = Day(deadline), ["approvedOn"] = Day(filed.AddDays(80)) };
        var (status, body, id) = await _api.PostAsync(record);
        Assert.True(status == HttpStatusCode.Created, body);

        var warning = await DecisionWarningAsync(id);
        Assert.Equal(decidedAfterDeadline > 0, warning is not null);
        if (warning is null) return;
        Assert.Equal(1, warning.Severity);
        Assert.Contains($"已批准延期至{ChineseDates.Day(deadline)}）应于{ChineseDates.Day(deadline)}前作出处罚决定", warning.Detail);
        await using var db = await fixture.Db();
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal(("张局长", deadline, filed.AddDays(80)), (row.ExtensionApprover, row.ExtendedUntil!.Value, row.ExtensionApprovedOn!.Value));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_suspension_of_k_days_moves_the_deadline_by_exactly_k(int decidedAfterDeadline)
    {
        const int k = 12;
        var deadline = Deadline();
        var filed = deadline.AddDays(-90 - k);
        var decided = deadline.AddDays(decidedAfterDeadline);
        var record = _api.Case(filed, decided);
        record["suspensions"] = new JsonArray(new JsonObject
        {
            ["reason"] = "Hearing", ["from"] = Day(filed.AddDays(10)), ["to"] = Day(filed.AddDays(10 + k - 1)), ["note"] = "听证告知书〔2026〕3号",
        });
        var (status, body, id) = await _api.PostAsync(record);
        Assert.True(status == HttpStatusCode.Created, body);

        var warning = await DecisionWarningAsync(id);
        Assert.Equal(decidedAfterDeadline > 0, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(1, warning.Severity);
            Assert.Contains($"中止（听证）{k}天不计入）应于{ChineseDates.Day(deadline)}前", warning.Detail);
        }

        // The same case without the suspension: its deadline is k days earlier (then to the next working day).
        var (_, _, plain) = await _api.PostAsync(_api.Case(filed, decided));
        var unsuspended = Calendar.AddWorkingDays(filed.AddDays(90), 0);
        Assert.Equal(decided.DayNumber - unsuspended.DayNumber, (await DecisionWarningAsync(plain))!.Severity);
    }

    [Fact]
    public async Task An_open_suspension_stops_the_clock_until_the_agency_sends_its_end()
    {
        var filed = Today.AddDays(-120);
        var record = _api.Case(filed);
        record["suspensions"] = new JsonArray(new JsonObject { ["reason"] = "Appraisal", ["from"] = Day(filed.AddDays(85)) });
        var (status, body, id) = await _api.PostAsync(record);
        Assert.True(status == HttpStatusCode.Created, body);
        Assert.Null(await DecisionWarningAsync(id));

        // Ended ten days ago: 26 days not counted, so the deadline was four days ago (or the next working day after it).
        record["suspensions"]![0]!["to"] = Day(Today.AddDays(-10));
        var (ended, endedBody, _) = await _api.PostAsync(record);
        Assert.True(ended == HttpStatusCode.OK, endedBody);
        var over = Today.DayNumber - Calendar.AddWorkingDays(filed.AddDays(90 + 26), 0).DayNumber;
        var warning = await DecisionWarningAsync(id);
        Assert.Equal(over > 0, warning is { IsActive: true });
        if (over > 0)
        {
            Assert.Equal(over, warning!.Severity);
            Assert.Contains("中止（检测检验鉴定）26天不计入", warning.Detail);
        }
        await using var db = await fixture.Db();
        Assert.Equal(Today.AddDays(-10), (await db.CaseSuspensions.AsNoTracking().SingleAsync(s => s.CaseId == id)).EndsOn);
        var revision = await db.RecordRevisions.AsNoTracking().Where(r => r.Kind == RecordKind.Case && r.RecordId == id).SingleAsync();
        Assert.Contains("Suspension", revision.Changes);

        // A recorded suspension cannot be moved or dropped.
        record["suspensions"]![0]!["from"] = Day(filed.AddDays(86));
        Assert.Equal(HttpStatusCode.Conflict, (await _api.PostAsync(record)).Status);
        record["suspensions"] = new JsonArray();
        Assert.Equal(HttpStatusCode.Conflict, (await _api.PostAsync(record)).Status);
    }

    [Theory]
    [InlineData("suspensions[0].to", "to-before-from")]
    [InlineData("suspensions[0].from", "from-before-filing")]
    [InlineData("suspensions[1]", "overlapping")]
    [InlineData("suspensions[1]", "after-open")]
    [InlineData("suspensions[0].reason", "bad-reason")]
    [InlineData("extension.approvedOn", "approved-before-filing")]
    [InlineData("extension.until", "within-statutory-period")]
    [InlineData("extension.until", "beyond-a-year")]
    [InlineData("extension.approver", "no-approver")]
    [InlineData("correction.reason", "correction-without-reason")]
    public async Task Bad_limits_are_refused_by_field(string field, string variant)
    {
        var filed = Today.AddDays(-60);
        var record = _api.Case(filed);
        JsonObject Suspension(int from, int? to) => new() { ["reason"] = "Hearing", ["from"] = Day(filed.AddDays(from)), ["to"] = to is { } t ? Day(filed.AddDays(t)) : null };
        switch (variant)
        {
            case "to-before-from": record["suspensions"] = new JsonArray(Suspension(10, 9)); break;
            case "from-before-filing": record["suspensions"] = new JsonArray(Suspension(-1, 3)); break;
            case "overlapping": record["suspensions"] = new JsonArray(Suspension(10, 20), Suspension(20, 25)); break;
            case "after-open": record["suspensions"] = new JsonArray(Suspension(10, null), Suspension(30, 35)); break;
            case "bad-reason": record["suspensions"] = new JsonArray(new JsonObject { ["reason"] = "Lunch", ["from"] = Day(filed.AddDays(3)) }); break;
            case "approved-before-filing":
                record["extension"] = new JsonObject { ["approver"] = "张局长", ["until"] = Day(filed.AddDays(120)), ["approvedOn"] = Day(filed.AddDays(-1)) };
                break;
            case "within-statutory-period":
                record["extension"] = new JsonObject { ["approver"] = "张局长", ["until"] = Day(filed.AddDays(90)), ["approvedOn"] = Day(filed.AddDays(5)) };
                break;
            case "beyond-a-year":
                record["extension"] = new JsonObject { ["approver"] = "张局长", ["until"] = Day(filed.AddDays(90 + 366)), ["approvedOn"] = Day(filed.AddDays(5)) };
                break;
            case "no-approver":
                record["extension"] = new JsonObject { ["until"] = Day(filed.AddDays(120)), ["approvedOn"] = Day(filed.AddDays(5)) };
                break;
            case "correction-without-reason": record["correction"] = new JsonObject { ["reason"] = " " }; break;
        }
        var (status, body, id) = await _api.PostAsync(record);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), errors.ToJsonString());
        Assert.Equal(0, id);
    }

    [Fact]
    public async Task The_case_page_shows_the_extension_and_the_suspensions()
    {
        var filed = Today.AddDays(-100);
        var record = _api.Case(filed);
        record["extension"] = new JsonObject { ["approver"] = "张局长", ["until"] = Day(filed.AddDays(120)), ["approvedOn"] = Day(filed.AddDays(80)) };
        record["suspensions"] = new JsonArray(new JsonObject { ["reason"] = "Announcement", ["from"] = Day(filed.AddDays(20)), ["to"] = Day(filed.AddDays(26)) });
        var (_, _, id) = await _api.PostAsync(record);

        using var supervisor = await fixture.App.SignInAsync("supervisor");
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/cases/{id}"));
        Assert.Contains("data-testid=\"case-limits\"", html);
        Assert.Contains(RecordTerms.Day(filed.AddDays(120)), html);
        Assert.Contains("张局长", html);
        Assert.Contains("公告", html);
        // The timeline's decision step counts to the moved deadline: 120 days after filing plus 7 suspended.
        Assert.Contains(RecordTerms.Day(Calendar.AddWorkingDays(filed.AddDays(127), 0)), html);
    }
}
