using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>
/// Whatever a careless integrator sends gets RFC 9457 problem details that name the field (issue 19, items 3 and 5):
/// never an empty 400, a sign-in redirect, the serializer's English or a stack trace.
/// </summary>
public class ApiProblemTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private static async Task<JsonObject> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // Nothing of .NET's inside: no exception text, no type names, no stack frames.
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("Path:", text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType = "application/json") =>
        api.Client().PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, contentType));

    [Fact]
    public async Task A_time_without_an_offset_is_refused_with_its_field_not_read_as_utc()
    {
        var record = api.NewInspection();
        record["startedAt"] = "2026-11-20T09:30:00";
        var problem = await ProblemOf(await api.PostAsync("/api/v1/inspections", record), HttpStatusCode.BadRequest);

        Assert.Equal("/startedAt", (string)problem["pointer"]!);
        Assert.Contains("带时区偏移", (string)problem["errors"]!["startedAt"]![0]!);
        await using var db = await api.Db();
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId == (string)record["id"]!));
    }

    [Fact]
    public async Task In_a_batch_an_offset_less_time_rejects_only_its_record_under_the_fields_name()
    {
        var good = api.NewInspection();
        good["type"] = "inspection";
        var bad = api.NewInspection();
        bad["type"] = "inspection";
        bad["evaluation"] = new JsonObject { ["score"] = 4, ["at"] = "2026-11-20 10:00" };
        var response = await api.PostAsync("/api/v1/batch", new JsonObject { ["records"] = new JsonArray(good, bad) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["records"]!.AsArray();
        Assert.Equal(["created", "rejected"], items.Select(i => (string)i!["status"]!));
        Assert.Equal((string)bad["id"]!, (string)items[1]!["id"]!);
        Assert.Equal(["evaluation.at"], items[1]!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task The_type_may_come_anywhere_in_a_batch_record()
    {
        var last = api.NewInspection();
        last["type"] = "inspection"; // JsonObject keeps insertion order: "type" is the last member
        Assert.EndsWith("\"type\":\"inspection\"}", last.ToJsonString());
        var response = await api.PostAsync("/api/v1/batch", new JsonObject { ["records"] = new JsonArray(last) });

        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["records"]!.AsArray();
        Assert.Equal("created", (string)items[0]!["status"]!);
        Assert.Equal("inspection", (string)items[0]!["type"]!);
    }

    [Theory]
    [InlineData("officers", "\"37010000001\"", "officers", "数组")]
    [InlineData("location", "{\"lon\":true,\"lat\":36.66}", "location.lon", "数字")]
    [InlineData("evaluation", "{\"score\":4.5}", "evaluation.score", "整数")]
    [InlineData("party", "[1]", "party", "对象")]
    public async Task A_wrongly_typed_field_is_reported_under_its_own_name(string member, string json, string field, string expected)
    {
        var record = api.NewInspection();
        record[member] = JsonNode.Parse(json);
        var single = await ProblemOf(await api.PostAsync("/api/v1/inspections", record), HttpStatusCode.BadRequest);
        Assert.Contains(expected, (string)single["errors"]![field]![0]!);
        Assert.Equal("/" + field.Replace('.', '/'), (string)single["pointer"]!);

        record["type"] = "inspection";
        var batch = await (await api.PostAsync("/api/v1/batch", new JsonObject { ["records"] = new JsonArray(record) })).Content.ReadFromJsonAsync<JsonObject>();
        var item = batch!["records"]![0]!;
        Assert.Equal("rejected", (string)item["status"]!);
        Assert.Contains(expected, (string)item["errors"]![field]![0]!);
    }

    [Fact]
    public async Task An_escaped_lone_surrogate_is_refused_under_its_field()
    {
        var record = api.NewInspection();
        record["party"]!["name"] = "Jinan LONE-SURROGATE Co.";
        var json = record.ToJsonString().Replace("LONE-SURROGATE", "\\ud800");
        Assert.Contains("\\ud800", json);
        var problem = await ProblemOf(await PostRawAsync("/api/v1/inspections", json), HttpStatusCode.BadRequest);
        Assert.Equal("/party/name", (string)problem["pointer"]!);
    }

    [Theory]
    [InlineData("/api/v1/inspections")]
    [InlineData("/api/v1/batch")]
    public async Task Malformed_json_gets_a_problem_with_where_it_broke(string path)
    {
        var problem = await ProblemOf(await PostRawAsync(path, "{\"records\": [ {\"id\": \"x\",, } ]"), HttpStatusCode.BadRequest);
        Assert.Equal("请求体不是有效的 JSON", (string)problem["title"]!);
        Assert.Contains("第 1 行", (string)problem["detail"]!);
    }

    [Theory]
    [InlineData("/api/v1/inspections", "text/plain")]
    [InlineData("/api/v1/batch", "text/plain")]
    [InlineData("/api/v1/cases", "application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_gets_415_with_a_problem_not_a_sign_in_redirect(string path, string contentType)
    {
        var client = api.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Supervision.Web.Features.Ingestion.ApiKeyAuthentication.Header, api.Key);
        var response = await client.PostAsync(path, new StringContent(api.NewInspection().ToJsonString(), System.Text.Encoding.UTF8, contentType));

        var problem = await ProblemOf(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", (string)problem["detail"]!);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"records\"")]
    [InlineData("{\"records\": [1, null, \"x\"]}")]
    public async Task A_batch_of_the_wrong_shape_is_refused_by_record_or_whole_never_with_500(string body)
    {
        var response = await PostRawAsync("/api/v1/batch", body);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["records"]!.AsArray();
            Assert.All(items, i => Assert.Equal("rejected", (string)i!["status"]!));
        }
        else await ProblemOf(response, HttpStatusCode.BadRequest);
    }
}
