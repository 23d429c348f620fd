using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Matters;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Ingestion;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>Cases posted through the API for a matter whose no-penalty list covers first violations, judged by the app's engine.</summary>
public class FirstViolationWarningTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private const string Matter = "SCJG-0001"; // 未取得食品经营许可从事食品经营活动; 不予处罚: 首次违法，货值金额不足五百元且未造成危害后果的

    private static string NewIdNumber()
    {
        var idNumber = Supervision.Tests.Hosting.TestPeople.NewIdNumber();
        return idNumber;
    }

    private async Task<int> PostCaseAsync(string idNumber, int filedDaysAgo, string penalty, long? fine, string? item = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var filed = DateTimeOffset.UtcNow.AddDays(-filedDaysAgo);
        var record = new JsonObject
        {
            ["id"] = $"FV-{id}",
            ["number"] = $"济历下市监罚〔2026〕F{id}号",
            ["party"] = new JsonObject { ["kind"] = "Person", ["name"] = "李首违", ["idNumber"] = idNumber },
            ["matterCode"] = Matter,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["officers"] = new JsonArray([.. api.Officers.Select(o => (JsonNode)o!)]),
            ["stages"] = new JsonArray(
                new JsonObject { ["stage"] = "Filed", ["at"] = filed },
                new JsonObject { ["stage"] = "Evidence", ["at"] = filed.AddHours(2) },
                new JsonObject { ["stage"] = "Notified", ["at"] = filed.AddDays(1) },
                new JsonObject { ["stage"] = "Decided", ["at"] = filed.AddDays(2) }),
            ["decision"] = new JsonObject { ["penalty"] = penalty, ["fine"] = fine, ["discretionLevel"] = "Minor", ["fourListItemCode"] = item },
        };
        var response = await api.Client().PostAsync("/api/v1/cases", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var caseId = (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["recordId"]!;
        await api.App.Services.GetRequiredService<WarningEngine>().EvaluateAsync([new RecordTouch(RecordKind.Case, caseId)]);
        return caseId;
    }

    private async Task<Warning?> WarningOfAsync(string idNumber)
    {
        await using var db = await api.Db();
        var party = await db.Parties.Where(p => p.IdNumber == idNumber).Select(p => p.Id).SingleAsync();
        var matter = await db.Matters.Where(m => m.Code == Matter).Select(m => m.Id).SingleAsync();
        return await db.Warnings.AsNoTracking().Include(w => w.Links)
            .SingleOrDefaultAsync(w => w.SubjectKey == FirstViolationRule.SubjectKey(party, matter) && w.Status != WarningStatus.Resolved);
    }

    private async Task<string> NoPenaltyItemAsync()
    {
        await using var db = await api.Db();
        var items = await db.FourListItems.Where(i => i.List == FourList.NoPenalty && db.Matters.Any(m => m.Id == i.MatterId && m.Code == Matter)).ToListAsync();
        return items.Single(i => i.AppliesToFirstViolation).Code;
    }

    [Fact]
    public async Task A_first_violation_fined_without_citing_the_item_raises_a_warning_linking_the_case()
    {
        var person = NewIdNumber();
        var caseId = await PostCaseAsync(person, 5, "Fine", 6000);
        var warning = await WarningOfAsync(person);
        Assert.NotNull(warning);
        Assert.Equal(WarningLevel.Yellow, warning.Level);
        Assert.Contains(warning.Links, l => l.Kind == RecordKind.Case && l.RecordId == caseId);
        Assert.Contains("案件未引用该项", warning.Detail);
        Assert.Contains("首次违法，货值金额不足五百元", warning.Detail);
    }

    [Fact]
    public async Task Citing_the_no_penalty_item_and_fining_all_the_same_raises_a_warning()
    {
        var person = NewIdNumber();
        await PostCaseAsync(person, 5, "Fine", 6000, await NoPenaltyItemAsync());
        Assert.Contains("案件引用了该项却仍予罚款", (await WarningOfAsync(person))?.Detail);
    }

    [Fact]
    public async Task A_first_violation_not_fined_and_a_second_one_fined_raise_none()
    {
        var person = NewIdNumber();
        await PostCaseAsync(person, 20, "Warning", null);
        Assert.Null(await WarningOfAsync(person));
        await PostCaseAsync(person, 5, "Fine", 6000);
        Assert.Null(await WarningOfAsync(person));
    }
}
