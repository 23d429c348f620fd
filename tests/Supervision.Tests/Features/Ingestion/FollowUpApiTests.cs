using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Complaints;
using Supervision.Domain.Parties;
using Supervision.Domain.Rectifications;

namespace Supervision.Tests.Features.Ingestion;

public class FollowUpApiTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private static JsonObject Enterprise()
    {
        var body = $"8{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        return new JsonObject { ["name"] = "济南整改测试有限公司", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) };
    }

    private Task<HttpResponseMessage> PostAsync(string path, JsonObject record) =>
        api.Client().PostAsync(path, new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_rectification_order_gets_its_review_once_and_the_review_cannot_be_rewritten()
    {
        var order = new JsonObject
        {
            ["id"] = $"Z-{Guid.NewGuid():N}",
            ["party"] = Enterprise(),
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["requirement"] = "完善食品进货查验记录",
            ["issuedAt"] = "2026-11-02T10:00:00+08:00",
            ["deadline"] = "2026-11-16",
        };
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/rectifications", order)).StatusCode);
        Assert.Equal("unchanged", (string)(await (await PostAsync("/api/v1/rectifications", order)).Content.ReadFromJsonAsync<JsonObject>())!["status"]!);

        order["review"] = new JsonObject { ["at"] = "2026-11-16T15:00:00+08:00", ["result"] = "Rectified" };
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/api/v1/rectifications", order)).StatusCode);
        await using var db = await api.Db();
        var row = await db.RectificationOrders.AsNoTracking().SingleAsync(o => o.ExternalId == (string)order["id"]!);
        Assert.Equal(ReviewResult.Rectified, row.ReviewResult);
        Assert.Equal(new DateOnly(2026, 11, 16), row.Deadline);

        order["review"]!["result"] = "NotRectified";
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("/api/v1/rectifications", order)).StatusCode);
    }

    [Theory]
    [InlineData("deadline", "2026-11-01")]       // before the order
    [InlineData("inspectionId", "NO-SUCH")]
    [InlineData("review.result", "Maybe")]
    public async Task Bad_orders_are_rejected_by_field(string field, string value)
    {
        var order = new JsonObject
        {
            ["id"] = $"Z-{Guid.NewGuid():N}", ["party"] = Enterprise(), ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
            ["requirement"] = "规范明码标价", ["issuedAt"] = "2026-11-02T10:00:00+08:00", ["deadline"] = "2026-11-16",
        };
        if (field == "review.result") order["review"] = new JsonObject { ["at"] = "2026-11-10T10:00:00+08:00", ["result"] = value };
        else order[field] = value;
        var response = await PostAsync("/api/v1/rectifications", order);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task A_complaint_is_received_then_handled_and_its_outcome_is_fixed()
    {
        var complaint = new JsonObject
        {
            ["id"] = $"TS-{Guid.NewGuid():N}",
            ["channel"] = "Hotline12345",
            ["officer"] = api.Officers[0],
            ["streetCode"] = "370102001",
            ["summary"] = "执法人员未出示执法证件",
            ["receivedAt"] = "2026-11-10T09:00:00+08:00",
            ["deadline"] = "2026-11-25T09:00:00+08:00",
        };
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/complaints", complaint)).StatusCode);
        complaint["handledAt"] = "2026-11-12T16:00:00+08:00";
        var missingOutcome = await PostAsync("/api/v1/complaints", complaint);
        Assert.True((await missingOutcome.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("outcome"));
        complaint["outcome"] = "Unsubstantiated";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/api/v1/complaints", complaint)).StatusCode);
        await using var db = await api.Db();
        var row = await db.Complaints.AsNoTracking().SingleAsync(c => c.ExternalId == (string)complaint["id"]!);
        Assert.Equal((ComplaintChannel.Hotline12345, ComplaintOutcome.Unsubstantiated), (row.Channel, row.Outcome!.Value));
        Assert.NotNull(row.OfficerId);
        complaint["outcome"] = "Substantiated";
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("/api/v1/complaints", complaint)).StatusCode);
    }

    [Fact]
    public async Task A_complaint_about_another_agencys_officer_is_rejected()
    {
        var complaint = new JsonObject
        {
            ["id"] = $"TS-{Guid.NewGuid():N}", ["channel"] = "QrCode", ["officer"] = "000000000000", ["summary"] = "态度生硬",
            ["receivedAt"] = "2026-11-10T09:00:00+08:00", ["deadline"] = "2026-11-25T09:00:00+08:00",
        };
        var response = await PostAsync("/api/v1/complaints", complaint);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("officer"));
    }

    [Fact]
    public async Task A_night_execution_is_recorded_with_its_emergency_flag_which_cannot_be_changed_afterwards()
    {
        var measure = new JsonObject
        {
            ["id"] = $"QZ-{Guid.NewGuid():N}", ["party"] = Enterprise(), ["kind"] = "ForcedDemolition",
            ["startedAt"] = "2026-11-10T23:30:00+08:00", ["isEmergency"] = false,
            ["location"] = new JsonObject { ["lon"] = 117.03, ["lat"] = 36.66 },
        };
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/measures", measure)).StatusCode);
        measure["endedAt"] = "2026-11-11T02:00:00+08:00";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/api/v1/measures", measure)).StatusCode);
        // Declaring an emergency afterwards would hide a night execution from the warning rule: refused.
        measure["isEmergency"] = true;
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("/api/v1/measures", measure)).StatusCode);
        await using var db = await api.Db();
        var row = await db.CompulsoryMeasures.AsNoTracking().SingleAsync(m => m.ExternalId == (string)measure["id"]!);
        Assert.False(row.IsEmergency);
        Assert.True(row.IsExecution);
        Assert.NotNull(row.EndedAt);
    }
}
