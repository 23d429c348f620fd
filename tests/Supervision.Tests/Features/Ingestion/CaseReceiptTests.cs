using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.DrillDown;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;
using static Supervision.Tests.Features.Ingestion.CaseLimitsClient;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>
/// What a case's agency sends after the case counts as of when the center received it: an extension or a suspension
/// reported after the deadline it would move does not move it (the warning stays and says why, the case page marks it,
/// the case list keeps the case overdue), and a decision sent weeks after it was made is itself reported late.
/// </summary>
public class CaseReceiptTests(RevisionApp fixture) : IClassFixture<RevisionApp>
{
    private readonly CaseLimitsClient _api = new(fixture);

    private HolidayCalendar Calendar => fixture.App.Services.GetRequiredService<ReferenceData>().Holidays;

    private DateOnly Today => fixture.Clock.Today();

    private DateOnly DecisionDeadline(DateOnly filed) => Calendar.AddWorkingDays(filed.AddDays(90), 0);

    private async Task<Warning?> DecisionWarningAsync(int caseId) => await _api.WarningAsync(caseId, CaseTimeLimitRule.SubjectKey(caseId, "decided"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_extension_sent_after_the_deadline_does_not_move_it(bool withTheCase)
    {
        var filed = Today.AddDays(-100);
        var over = Today.DayNumber - DecisionDeadline(filed).DayNumber;
        var record = _api.Case(filed);
        var extension = new JsonObject { ["approver"] = "张局长", ["until"] = Day(Today.AddDays(20)), ["approvedOn"] = Day(filed.AddDays(80)) };
        if (withTheCase) record["extension"] = extension;
        var (status, body, id) = await _api.PostAsync(record);
        Assert.True(status == HttpStatusCode.Created, body);
        if (!withTheCase)
        {
            Assert.Equal(over, (await DecisionWarningAsync(id))!.Severity);
            fixture.Clock.Advance(TimeSpan.FromMinutes(1));
            record["extension"] = extension;
            var (resent, resentBody, _) = await _api.PostAsync(record);
            Assert.True(resent == HttpStatusCode.OK, resentBody);
        }

        // Sent with the case itself it is taken as claimed (the case as a whole may be reported late, a rule of its own);
        // sent afterwards, once the deadline had passed, it is kept but does not move the deadline.
        var warning = await DecisionWarningAsync(id);
        Assert.Equal(!withTheCase, warning is { IsActive: true });
        if (warning is not null)
        {
            Assert.Equal(over, warning.Severity);
            Assert.Contains($"延期（至{ChineseDates.Day(Today.AddDays(20))}）于{ChineseDates.Day(Today)}期限届满后才报送，未予计入", warning.Detail);
        }

        using var supervisor = await fixture.App.SignInAsync("supervisor");
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/cases/{id}"));
        Assert.Contains("data-testid=\"case-extension\"", html);
        Assert.Equal(!withTheCase, html.Contains($"{RecordTerms.Day(Today)}才报送，其时办案期限已届满，未计入期限"));

        // The case list agrees: overdue while the extension does not count, not overdue when it does.
        var cases = DrillDownApp.QueriesOf(fixture.App, fixture.Clock).Cases;
        var number = (string)record["number"]!;
        await using var db = await fixture.Db();
        var party = await db.Cases.Where(c => c.Id == id).Select(c => c.PartyId).SingleAsync();
        var row = (await cases.ListAsync(new CaseFilter(PartyId: party), new PageRequest())).Items.Single(r => r.Number == number);
        Assert.Equal(!withTheCase, row.DecisionOverdue);
        var overdue = await cases.ListAsync(new CaseFilter(PartyId: party, OverdueOnly: true), new PageRequest());
        Assert.Equal(!withTheCase, overdue.Items.Any(r => r.Number == number));
    }

    [Fact]
    public async Task A_decision_sent_weeks_after_it_was_made_is_reported_late()
    {
        var filed = Today.AddDays(-40);
        var record = _api.Case(filed);
        var (_, _, id) = await _api.PostAsync(record);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        var decided = Today.AddDays(-20);
        var withDecision = _api.Case(filed, decided);
        withDecision["id"] = record["id"]!.DeepClone();
        withDecision["number"] = record["number"]!.DeepClone();
        withDecision["party"] = record["party"]!.DeepClone();
        var (status, body, _) = await _api.PostAsync(withDecision);
        Assert.True(status == HttpStatusCode.OK, body);

        await using var db = await fixture.Db();
        var agency = await db.Cases.Where(c => c.Id == id).Select(c => c.AgencyId).SingleAsync();
        var warning = await _api.WarningAsync(id, LateReportingRule.SubjectKey(agency, Today));
        Assert.NotNull(warning);
        var number = (string)record["number"]!;
        Assert.Contains($"案件{number}的“作出决定”环节（晚", warning.Detail);
        Assert.Contains($"案件{number}的“告知”环节", warning.Detail);
    }
}
