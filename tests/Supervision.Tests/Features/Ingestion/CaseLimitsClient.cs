using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>Cases posted through the real API of a <see cref="RevisionApp"/>, evaluated by the real warning engine.</summary>
public sealed class CaseLimitsClient(RevisionApp fixture)
{
    public const string Matter = "SCJG-0001";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string At(DateOnly day, int hour) =>
        new DateTimeOffset(ChinaTime.StartOfDayUtc(day).AddHours(hour), TimeSpan.Zero).ToOffset(ChinaTime.Offset).ToString("O");

    /// <summary>A case filed on <paramref name="filed"/>; decided on <paramref name="decided"/> (with a fine) when given.</summary>
    public JsonObject Case(DateOnly filed, DateOnly? decided = null, long fine = 1000)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var first17 = $"37010219850101{Random.Shared.Next(100, 999)}";
        var stages = new JsonArray(
            new JsonObject { ["stage"] = "Filed", ["at"] = At(filed, 9) },
            new JsonObject { ["stage"] = "Evidence", ["at"] = At(filed.AddDays(1), 10) });
        var record = new JsonObject
        {
            ["id"] = $"CL-{id}",
            ["number"] = $"济历下市监罚〔2026〕L{id}号",
            ["party"] = new JsonObject { ["kind"] = "Person", ["name"] = "王小明", ["idNumber"] = first17 + IdNumber.CheckDigit(first17) },
            ["matterCode"] = Matter,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["officers"] = new JsonArray(fixture.Officers.Take(2).Select(o => (JsonNode)o!).ToArray()),
            ["stages"] = stages,
        };
        if (decided is { } d)
        {
            stages.Add(new JsonObject { ["stage"] = "Notified", ["at"] = At(d, 9) });
            stages.Add(new JsonObject { ["stage"] = "Decided", ["at"] = At(d, 15) });
            record["decision"] = new JsonObject { ["penalty"] = "Fine", ["fine"] = fine, ["discretionLevel"] = "Minor" };
        }
        return record;
    }

    public async Task<(HttpStatusCode Status, string Body, int Id)> PostAsync(JsonObject record)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, fixture.Key);
        var response = await client.PostAsync("/api/v1/cases", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        await using var db = await fixture.Db();
        var id = await db.Cases.Where(c => c.ExternalId == (string)record["id"]!).Select(c => c.Id).SingleOrDefaultAsync();
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), id);
    }

    /// <summary>Evaluates the case's rules as an incoming record and returns the stored warning of <paramref name="subjectKey"/>.</summary>
    public async Task<Warning?> WarningAsync(int caseId, string subjectKey)
    {
        await fixture.App.Services.GetRequiredService<WarningEngine>().EvaluateAsync([new RecordTouch(RecordKind.Case, caseId)]);
        await using var db = await fixture.Db();
        return await db.Warnings.AsNoTracking().SingleOrDefaultAsync(w => w.SubjectKey == subjectKey);
    }
}
