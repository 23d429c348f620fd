using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// A record accepted but not yet judged when the app stops is judged when it starts again, without waiting for the
/// next sweep (issue 19, item 11): the evaluation queue lives in memory, its marker in the database.
/// </summary>
public class EvaluationBacklogTests
{
    [Fact]
    public async Task A_record_accepted_before_a_stop_is_evaluated_at_the_next_start()
    {
        using var database = new TempDatabase();
        string caseId;
        // The first run gathers touches for 10 s before evaluating them, and stops within that window.
        var first = new SupervisionApp(database.Path, settings: new Dictionary<string, string> { ["Warnings:BatchMilliseconds"] = "10000" });
        await using (first)
        {
            first.CreateClient();
            var key = (await first.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "backlog"))!;
            await using var db = await Db(first);
            var officers = await db.Officers.Where(o => o.AgencyId == key.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
                .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToListAsync();
            var client = first.CreateClient();
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
            caseId = $"BL-{Guid.NewGuid():N}"[..16];
            var response = await client.PostAsync("/api/v1/cases", new StringContent(Case(caseId, officers).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);

            var id = await db.Cases.Where(c => c.ExternalId == caseId).Select(c => c.Id).SingleAsync();
            var listed = $"{(int)RecordKind.Case}:{id}:0";
            Assert.Contains(await db.AwaitingEvaluations.Select(a => a.Touches).ToListAsync(), t => t.Split(';').Contains(listed));
            Assert.False(await db.Warnings.AnyAsync(w => w.SubjectKey == FineBenchmarkRule.SubjectKey(id)));
        }

        await using var second = new SupervisionApp(database.Path);
        second.CreateClient();
        await using (var db = await Db(second))
        {
            var id = await db.Cases.Where(c => c.ExternalId == caseId).Select(c => c.Id).SingleAsync();
            await Wait.UntilAsync(async () => await db.Warnings.AsNoTracking().AnyAsync(w => w.SubjectKey == FineBenchmarkRule.SubjectKey(id)),
                TimeSpan.FromSeconds(60), "the fine benchmark warning of the case accepted before the stop");
            var listed = $"{(int)RecordKind.Case}:{id}:0";
            await Wait.UntilAsync(async () => !(await db.AwaitingEvaluations.AsNoTracking().Select(a => a.Touches).ToListAsync()).Any(t => t.Split(';').Contains(listed)),
                TimeSpan.FromSeconds(30), "the case's backlog row deleted once evaluated");
        }
    }

    private static Task<SupervisionDbContext> Db(SupervisionApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    /// <summary>A decided case of 未取得食品经营许可 whose fine is four times the minor level's ceiling (20,000 yuan).</summary>
    private static JsonObject Case(string id, List<string> officers)
    {
        var idNumber = Supervision.Tests.Hosting.TestPeople.NewIdNumber();
        static JsonObject Stage(string stage, string at) => new() { ["stage"] = stage, ["at"] = at };
        return new JsonObject
        {
            ["id"] = id,
            ["number"] = $"济历下市监罚〔2026〕{id}号",
            ["party"] = new JsonObject { ["kind"] = "Person", ["name"] = "王小明", ["idNumber"] = idNumber },
            ["matterCode"] = "SCJG-0001",
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["officers"] = new JsonArray([.. officers.Select(o => (JsonNode)o)]),
            ["stages"] = new JsonArray(Stage("Filed", "2026-11-02T09:00:00+08:00"), Stage("Evidence", "2026-11-03T10:00:00+08:00"),
                Stage("Notified", "2026-11-06T10:00:00+08:00"), Stage("Decided", "2026-11-12T10:00:00+08:00")),
            ["decision"] = new JsonObject { ["penalty"] = "Fine", ["fine"] = 80_000, ["discretionLevel"] = "Minor" },
        };
    }
}
