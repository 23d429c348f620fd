using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// Credit grades posted through <c>POST /api/v1/credit-grades</c> and judged by the app's own engine: a grade applies
/// from its effective day (an inspection the day before is judged by the grade before it, one on the day by the new one).
/// </summary>
public class CreditGradeWarningTests
{
    private const string AgencyCode = "370102-SCJG";

    private static StringContent Json(JsonObject o) => new(o.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static string NewCreditCode()
    {
        var body = $"7{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        return withOrg + CreditCode.CheckCharacter(withOrg);
    }

    [Fact]
    public async Task A_grade_applies_from_its_effective_day_through_the_api_and_the_engine()
    {
        using var file = new TempDatabase();
        var clock = TestClock.AwayFromMidnight();
        // The visits "yesterday" must be in this year's count: on 1 January the test runs as of the 2nd.
        if (clock.Today() is { Month: 1, Day: 1 }) clock.Advance(TimeSpan.FromDays(1));
        await using var app = new SupervisionApp(file.Path) { Clock = clock };
        app.CreateClient();
        var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync(AgencyCode, "test"))!;
        var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        var engine = app.Services.GetRequiredService<WarningEngine>();
        string[] officers;
        await using (var db = await factory.CreateDbContextAsync())
            officers = await db.Officers.Where(o => o.AgencyId == key.AgencyId && o.CertificateExpiresOn > clock.Today().AddDays(30))
                .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToArrayAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        var code = NewCreditCode();
        var today = clock.Today();
        var startOfToday = new DateTimeOffset(ChinaTime.StartOfDayUtc(today), TimeSpan.Zero).ToOffset(ChinaTime.Offset);

        async Task PostInspectionAsync(DateTimeOffset startedAt)
        {
            var record = new JsonObject
            {
                ["id"] = $"CG-{Guid.NewGuid():N}",
                ["party"] = new JsonObject { ["name"] = "济南信用等级测试有限公司", ["creditCode"] = code },
                ["kind"] = "Routine",
                ["preFiledAt"] = startedAt.AddDays(-1),
                ["startedAt"] = startedAt,
                ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
                ["officers"] = new JsonArray([.. officers.Select(o => (JsonNode)o!)]),
            };
            var response = await client.PostAsync("/api/v1/inspections", Json(record));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["recordId"]!;
            await engine.EvaluateAsync([new RecordTouch(RecordKind.Inspection, id)]);
        }

        async Task<int> PostGradeAsync(string grade, DateOnly effectiveOn)
        {
            var record = new JsonObject
            {
                ["id"] = $"XY-{Guid.NewGuid():N}", ["creditCode"] = code, ["grade"] = grade, ["source"] = "信用中国（山东）",
                ["effectiveOn"] = effectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            var response = await client.PostAsync("/api/v1/credit-grades", Json(record));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            await using var db = await factory.CreateDbContextAsync();
            var partyId = await db.Parties.Where(p => p.CreditCode == code).Select(p => p.Id).SingleAsync();
            // The app publishes the grade as a touch of its enterprise; the engine judges that touch as the evaluation job would.
            await engine.EvaluateAsync([new RecordTouch(RecordTouch.KindOfActivity("credit-grade")!.Value, partyId)]);
            return partyId;
        }

        async Task<List<Warning>> FrequencyWarningsAsync(int partyId)
        {
            await using var db = await factory.CreateDbContextAsync();
            return await db.Warnings.AsNoTracking().Where(w => w.SubjectKey.StartsWith(InspectionFrequencyRule.PartyKey(partyId) + ":")).ToListAsync();
        }

        // Three visits the day before, the last a minute before midnight, while graded B (three a year).
        await PostInspectionAsync(startOfToday.AddHours(-16));
        var partyId = await PostGradeAsync("B", today.AddDays(-1));
        await PostInspectionAsync(startOfToday.AddHours(-15));
        await PostInspectionAsync(startOfToday.AddMinutes(-1));
        Assert.Empty(await FrequencyWarningsAsync(partyId));

        // Graded A (two a year) from today: the visits of yesterday were within B's number and stay so.
        await PostGradeAsync("A", today);
        Assert.Empty(await FrequencyWarningsAsync(partyId));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(CreditGrade.A, (await db.Parties.SingleAsync(p => p.Id == partyId)).CreditGrade);
            Assert.Equal(2, await db.CreditGrades.CountAsync(g => g.PartyId == partyId));
        }

        // A visit on the day itself, at midnight, is judged as A: the fourth visit, two over A's number, one too many.
        await PostInspectionAsync(startOfToday);
        var warning = Assert.Single(await FrequencyWarningsAsync(partyId));
        Assert.Equal(1, warning.Severity);
        Assert.Contains($"{ChineseDates.Day(today)}起为A级（信用中国（山东））", warning.Detail);
    }

    [Fact]
    public async Task A_grade_is_checked_field_by_field_resent_idempotently_and_not_rewritten()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path);
        app.CreateClient();
        var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync(AgencyCode, "test"))!;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        string known;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
            known = (await db.Parties.Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).Select(p => p.CreditCode).FirstAsync())!;
        var today = ChinaTime.DayOf(DateTime.UtcNow);
        JsonObject Grade(string id, string? code = null, string grade = "C", string source = "市场监管部门", DateOnly? on = null) => new()
        {
            ["id"] = id, ["creditCode"] = code ?? known, ["grade"] = grade, ["source"] = source,
            ["effectiveOn"] = (on ?? today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        async Task<JsonObject> ErrorsAsync(JsonObject record)
        {
            var response = await client.PostAsync("/api/v1/credit-grades", Json(record));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        }

        Assert.True((await ErrorsAsync(Grade("G-1", grade: "E"))).ContainsKey("grade"));
        Assert.True((await ErrorsAsync(Grade("G-1", source: new string('信', 51)))).ContainsKey("source"));
        Assert.True((await ErrorsAsync(Grade("G-1", on: today.AddDays(1)))).ContainsKey("effectiveOn"));
        Assert.Contains("中心尚无", (string)(await ErrorsAsync(Grade("G-1", code: NewCreditCode())))["creditCode"]![0]!);
        Assert.True((await ErrorsAsync(Grade(new string('x', 65)))).ContainsKey("id"));

        var accepted = Grade("G-1", source: new string('信', 50));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/credit-grades", Json(accepted))).StatusCode);
        var again = await client.PostAsync("/api/v1/credit-grades", Json(accepted));
        Assert.Equal("unchanged", (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync("/api/v1/credit-grades", Json(Grade("G-1", grade: "D")))).StatusCode);

        // The type comes first in a batch item.
        var item = new JsonObject { ["type"] = "credit-grade" };
        foreach (var (name, value) in Grade("G-2", grade: "A")) item[name] = value?.DeepClone();
        var batch = new JsonObject { ["records"] = new JsonArray(item) };
        var body = await (await client.PostAsync("/api/v1/batch", Json(batch))).Content.ReadAsStringAsync();
        var outcome = JsonNode.Parse(body)!.AsObject();
        Assert.True((string?)outcome["records"]?[0]?["status"] == "created", body);
        Assert.Equal("credit-grade", (string)outcome["records"]![0]!["type"]!);

        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/credit-grades", Json(Grade("G-3")))).StatusCode);
    }
}
