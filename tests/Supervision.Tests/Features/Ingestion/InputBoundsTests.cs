using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>
/// Every field has a range and a length (issue 19, items 1–3): one hostile record is refused by field, with nothing
/// written, and can never break a city-wide figure.
/// </summary>
public class InputBoundsTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private const string Matter = "SCJG-0001"; // 未取得食品经营许可从事食品经营活动: statutory maximum 100,000 yuan

    private JsonObject DecidedCase(string penalty, long fine)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var idNumber = Supervision.Tests.Hosting.TestPeople.NewIdNumber();
        static JsonObject Stage(string stage, string at) => new() { ["stage"] = stage, ["at"] = at };
        return new JsonObject
        {
            ["id"] = $"B-{id}",
            ["number"] = $"济历下市监罚〔2026〕B{id}号",
            ["party"] = new JsonObject { ["kind"] = "Person", ["name"] = "王小明", ["idNumber"] = idNumber },
            ["matterCode"] = Matter,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["officers"] = new JsonArray(api.Officers.Select(o => (JsonNode)o!).ToArray()),
            ["stages"] = new JsonArray(Stage("Filed", "2026-11-02T09:00:00+08:00"), Stage("Evidence", "2026-11-03T10:00:00+08:00"),
                Stage("Notified", "2026-11-06T10:00:00+08:00"), Stage("Decided", "2026-11-12T10:00:00+08:00")),
            ["decision"] = new JsonObject { ["penalty"] = penalty, ["fine"] = fine, ["discretionLevel"] = "Severe" },
        };
    }

    private static async Task<Dictionary<string, string[]>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => (string)m!).ToArray());
    }

    [Fact]
    public async Task Two_fines_of_nine_quintillion_are_refused_and_the_citys_sum_still_adds_up()
    {
        for (var i = 0; i < 2; i++)
        {
            var errors = await ErrorsOf(await api.PostAsync("/api/v1/cases", DecidedCase("Fine", 9_000_000_000_000_000_000)));
            Assert.Equal(["decision.fine"], errors.Keys);
            Assert.Contains("应在 0 至 1,000,000,000,000 之间", errors["decision.fine"][0]);
        }
        await using var db = await api.Db();
        // The figure every overview and statistic is built on: still a sum, not an overflow.
        var total = await db.Cases.SumAsync(c => c.Fine ?? 0);
        Assert.True(total < 1_000_000_000_000);
    }

    [Theory]
    [InlineData("Fine", 100_000, true)]      // the statutory maximum itself
    [InlineData("Fine", 100_001, false)]     // one yuan over
    [InlineData("Warning", 500, false)]      // 警告 carries no money
    [InlineData("NoPenalty", 1, false)]
    [InlineData("SuspendBusiness", 90_000, true)] // 责令停产停业并处罚款
    public async Task A_fine_stays_within_the_matters_statutory_maximum_and_only_with_a_penalty_that_carries_one(string penalty, long fine, bool accepted)
    {
        var record = DecidedCase(penalty, fine);
        var response = await api.PostAsync("/api/v1/cases", record);
        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }
        var errors = await ErrorsOf(response);
        Assert.Equal(["decision.fine"], errors.Keys);
        Assert.Contains(penalty == "Fine" ? "超过本执法事项的法定最高罚款 100,000 元" : "不能附带罚款金额", errors["decision.fine"][0]);
        await using var db = await api.Db();
        Assert.False(await db.Cases.AnyAsync(c => c.ExternalId == (string)record["id"]!));
    }

    [Theory]
    [InlineData("\uFFFE", "非字符(U+FFFE)")]
    [InlineData("\uFFFF", "非字符(U+FFFF)")]
    [InlineData("\u0000", "空字符(U+0000)")]
    [InlineData("\u0007", "控制字符(U+0007)")]
    [InlineData("\u202E", "改变文字方向")]
    [InlineData("\n", "换行")]
    public async Task Control_characters_and_non_characters_are_refused_with_the_field(string character, string message)
    {
        var record = api.NewInspection();
        record["party"]!["name"] = $"济南{character}有限公司";
        var response = await api.PostAsync("/api/v1/inspections", record);

        var errors = await ErrorsOf(response);
        Assert.Equal(["party.name"], errors.Keys);
        Assert.Contains(message, errors["party.name"][0]);
        await using var db = await api.Db();
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId == (string)record["id"]!));
        Assert.False(await db.Parties.AnyAsync(p => p.CreditCode == (string)record["party"]!["creditCode"]!));
    }

    [Fact]
    public async Task A_line_break_is_fine_in_a_free_text_and_an_emoji_is_fine_anywhere()
    {
        var record = api.NewInspection();
        record["place"] = "泉城路 1 号 🏢";
        record["evaluation"] = new JsonObject { ["score"] = 5, ["comment"] = "检查规范。\n态度很好。" };
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/inspections", record)).StatusCode);
    }

    [Theory]
    [InlineData("place", 200, true)]
    [InlineData("place", 201, false)]
    [InlineData("id", 64, true)]
    [InlineData("id", 65, false)]
    [InlineData("jointReference", 65, false)]
    public async Task Texts_have_a_length_stated_and_enforced(string field, int length, bool accepted)
    {
        var record = api.NewInspection();
        record[field] = (field == "id" ? "H-" : "") + new string('路', length - (field == "id" ? 2 : 0));
        if (field == "jointReference") record["kind"] = "Joint";
        var response = await api.PostAsync("/api/v1/inspections", record);
        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }
        var errors = await ErrorsOf(response);
        Assert.Equal([field], errors.Keys);
        Assert.Contains($"不能超过 {length - 1} 个字符", errors[field][0]);
    }

    [Fact]
    public async Task A_list_has_a_length_too()
    {
        var record = api.NewInspection();
        record["officers"] = new JsonArray(Enumerable.Range(0, 21).Select(i => (JsonNode)$"37010000{i:D4}").ToArray());
        var errors = await ErrorsOf(await api.PostAsync("/api/v1/inspections", record));
        Assert.Equal(["officers"], errors.Keys);
        Assert.Contains("最多 20 项", errors["officers"][0]);
    }

    [Theory]
    [InlineData("1999-12-31T23:59:59+08:00", false)] // the day before the floor, in Shanghai
    [InlineData("2000-01-01T00:00:00+08:00", true)]  // the floor's first second
    public async Task Dates_before_the_configured_floor_are_refused(string startedAt, bool accepted)
    {
        var record = api.NewInspection();
        record["startedAt"] = startedAt;
        record["endedAt"] = startedAt;
        var response = await api.PostAsync("/api/v1/inspections", record);
        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }
        var errors = await ErrorsOf(response);
        Assert.Equal(["endedAt", "startedAt"], errors.Keys.Order());
        Assert.Contains("不能早于 2000-01-01", errors["startedAt"][0]);
    }


    [Fact]
    public async Task A_registered_id_number_under_another_name_is_refused_without_revealing_the_name()
    {
        var first = DecidedCase("Fine", 10_000);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/cases", first)).StatusCode);
        var idNumber = (string)first["party"]!["idNumber"]!;

        var sameName = DecidedCase("Fine", 10_000);
        sameName["party"]!["idNumber"] = idNumber;
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/cases", sameName)).StatusCode);

        var otherName = DecidedCase("Fine", 10_000);
        otherName["party"] = new JsonObject { ["kind"] = "Person", ["name"] = "李四", ["idNumber"] = idNumber };
        var response = await api.PostAsync("/api/v1/cases", otherName);
        var text = await response.Content.ReadAsStringAsync();
        var errors = await ErrorsOf(response);
        Assert.Equal(["party.name"], errors.Keys);
        Assert.DoesNotContain("王", text);
        await using var db = await api.Db();
        Assert.False(await db.Cases.AnyAsync(c => c.ExternalId == (string)otherName["id"]!));
    }

    [Fact]
    public async Task Case_numbers_are_unique_per_agency_under_its_prefix_and_another_agencys_use_is_not_told()
    {
        var record = DecidedCase("Fine", 10_000);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/cases", record)).StatusCode);

        // The same number for another case of the same agency: refused, saying it is this agency's.
        var twin = DecidedCase("Fine", 10_000);
        twin["number"] = record["number"]!.DeepClone();
        var errors = await ErrorsOf(await api.PostAsync("/api/v1/cases", twin));
        Assert.Contains("已被本单位的另一案件使用", errors["number"][0]);

        // A number outside the agency's prefix.
        var foreign = DecidedCase("Fine", 10_000);
        foreign["number"] = "济市中市监罚〔2026〕1号";
        Assert.Contains("济历下市监罚", (await ErrorsOf(await api.PostAsync("/api/v1/cases", foreign)))["number"][0]);

        // Another agency (no prefix configured) may use the very same number: nothing tells either whether the other does.
        var other = (await api.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370103-SCJG", "other"))!;
        await using var db = await api.Db();
        var officers = await db.Officers.Where(o => o.AgencyId == other.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToListAsync();
        var theirs = DecidedCase("Fine", 10_000);
        theirs["number"] = record["number"]!.DeepClone();
        theirs["officers"] = new JsonArray([.. officers.Select(o => (JsonNode)o)]);
        var client = api.Client(other.Key);
        var response = await client.PostAsync("/api/v1/cases", new StringContent(theirs.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_nul_in_a_key_read_before_validation_is_refused_not_a_500_on_either_database()
    {
        // The batch reads its parties and inspection ids before validating the records; PostgreSQL refuses NUL in text.
        var record = api.NewInspection();
        record["type"] = "inspection";
        record["party"]!["creditCode"] = "91370102\u0000123456789";
        var other = api.NewInspection();
        other["type"] = "inspection";
        other["id"] = "H-\u0000";
        var response = await api.PostAsync("/api/v1/batch", new JsonObject { ["records"] = new JsonArray(record, other) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["records"]!.AsArray();
        Assert.Equal(["rejected", "rejected"], items.Select(i => (string)i!["status"]!));
        Assert.True(items[0]!["errors"]!.AsObject().ContainsKey("party.creditCode"));
        Assert.True(items[1]!["errors"]!.AsObject().ContainsKey("id"));
    }
}
