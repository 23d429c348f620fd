using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;

namespace Supervision.Tests.Features.Ingestion;

public class CaseApiTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private const string Matter = "SCJG-0001"; // 未取得食品经营许可从事食品经营活动

    private JsonObject Case(params (string Stage, string At)[] stages)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var idNumber = Supervision.Tests.Hosting.TestPeople.NewIdNumber();
        return new JsonObject
        {
            ["id"] = $"C-{id}",
            ["number"] = $"济历下市监罚〔2026〕T{id}号",
            ["party"] = new JsonObject { ["kind"] = "Person", ["name"] = "王小明", ["idNumber"] = idNumber },
            ["matterCode"] = Matter,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["officers"] = new JsonArray(api.Officers.Select(o => (JsonNode)o!).ToArray()),
            ["stages"] = new JsonArray(stages.Select(s => (JsonNode)new JsonObject { ["stage"] = s.Stage, ["at"] = s.At }).ToArray()),
        };
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject record) =>
        await api.Client().PostAsync("/api/v1/cases", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_case_moves_through_its_stages_and_its_decision_cannot_be_rewritten()
    {
        var record = Case(("Filed", "2026-11-02T09:00:00+08:00"), ("Evidence", "2026-11-03T10:00:00+08:00"));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(record)).StatusCode);

        var stages = record["stages"]!.AsArray();
        stages.Add(new JsonObject { ["stage"] = "Notified", ["at"] = "2026-11-06T10:00:00+08:00" });
        stages.Add(new JsonObject { ["stage"] = "Decided", ["at"] = "2026-11-12T10:00:00+08:00" });
        record["decision"] = new JsonObject { ["penalty"] = "Fine", ["fine"] = 8000, ["discretionLevel"] = "Minor" };
        var decided = await PostAsync(record);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("updated", (string)(await decided.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);

        await using var db = await api.Db();
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.ExternalId == (string)record["id"]!);
        Assert.Equal(CaseStage.Decided, row.Stage);
        Assert.Equal(8000, row.Fine);
        Assert.Equal(4, await db.CaseStages.CountAsync(s => s.CaseId == row.Id));

        record["decision"]!["fine"] = 5000;
        var rewrite = await PostAsync(record);
        Assert.Equal(HttpStatusCode.Conflict, rewrite.StatusCode);
        Assert.Contains("处罚决定不能改写", System.Net.WebUtility.HtmlDecode(await rewrite.Content.ReadAsStringAsync()));
        Assert.Equal(8000, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == row.Id)).Fine);
    }

    [Fact]
    public async Task Earlier_stages_cannot_be_moved_or_dropped()
    {
        var record = Case(("Filed", "2026-11-02T09:00:00+08:00"), ("Evidence", "2026-11-03T10:00:00+08:00"));
        await PostAsync(record);
        record["stages"]![1]!["at"] = "2026-11-04T10:00:00+08:00";
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(record)).StatusCode);
    }

    [Theory]
    [InlineData("stages[1].stage", "Filed,Decided")]          // evidence skipped
    [InlineData("stages[1].at", "Filed,Evidence-backwards")]   // evidence before filing
    [InlineData("decision", "Filed,Evidence,Notified,Decided")] // decided without a decision
    [InlineData("matterCode", "bad-matter")]
    [InlineData("party.idNumber", "bad-id")]
    public async Task Bad_cases_are_rejected_by_field(string field, string variant)
    {
        var record = variant switch
        {
            "Filed,Decided" => Case(("Filed", "2026-11-02T09:00:00+08:00"), ("Decided", "2026-11-09T09:00:00+08:00")),
            "Filed,Evidence-backwards" => Case(("Filed", "2026-11-02T09:00:00+08:00"), ("Evidence", "2026-11-01T09:00:00+08:00")),
            "Filed,Evidence,Notified,Decided" => Case(("Filed", "2026-11-02T09:00:00+08:00"), ("Evidence", "2026-11-03T09:00:00+08:00"),
                ("Notified", "2026-11-05T09:00:00+08:00"), ("Decided", "2026-11-09T09:00:00+08:00")),
            _ => Case(("Filed", "2026-11-02T09:00:00+08:00")),
        };
        if (variant == "bad-matter") record["matterCode"] = "XXXX-9999";
        if (variant == "bad-id") record["party"]!["idNumber"] = "370102198501011234";
        var response = await PostAsync(record);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), errors.ToJsonString());
        await using var db = await api.Db();
        Assert.False(await db.Cases.AnyAsync(c => c.ExternalId == (string)record["id"]!));
    }
}
