using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// <c>POST /api/v1/batch</c>. The batch is read record by record, so that one record without a valid "type" is
/// reported on its own instead of failing the whole batch; the readable ones go to the writer together.
/// </summary>
public static class BatchEndpoint
{
    private static readonly string[] RecordTypes = ["inspection", "case", "rectification", "complaint", "measure", "credit-grade"];

    public static async Task<IResult> HandleAsync(HttpRequest request, ClaimsPrincipal key, RecordWriter writer, IOptions<JsonOptions> json, CancellationToken ct)
    {
        JsonDocument document;
        try { document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct); }
        catch (JsonException e) { return Results.Problem(title: "请求体不是有效的 JSON", detail: e.Message, statusCode: StatusCodes.Status400BadRequest); }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["records"] = ["缺少 records 数组。"] });
            if (records.GetArrayLength() > IngestionRegistration.MaxBatch)
                return Results.Problem(title: "批量过大",
                    detail: $"一次最多提交 {IngestionRegistration.MaxBatch} 条记录，本次 {records.GetArrayLength()} 条。",
                    statusCode: StatusCodes.Status413PayloadTooLarge);
            var parsed = records.EnumerateArray().Select(element => Read(element, json.Value.SerializerOptions)).ToList();
            var readable = parsed.Where(p => p.Unreadable is null).Select(p => p.Record).ToList();
            var written = new Queue<RecordOutcome>(await writer.WriteBatchAsync(IngestionRegistration.Owner(key), readable, ct));
            var items = parsed.Select((p, index) =>
            {
                var outcome = p.Unreadable ?? written.Dequeue();
                return new BatchItemOutcome(index, TypeOf(p.Record), outcome.Id, outcome.Status.ToString().ToLowerInvariant(), outcome.RecordId, outcome.Errors, outcome.Detail);
            }).ToList();
            var accepted = items.Count(x => x.Status is "created" or "updated" or "unchanged");
            return Results.Ok(new BatchOutcome(accepted, items.Count - accepted, items));
        }
    }

    /// <summary>One element of the batch as a record, or the rejection of an element that is not one.</summary>
    private static (RecordIn? Record, RecordOutcome? Unreadable) Read(JsonElement element, JsonSerializerOptions options)
    {
        try { return (element.Deserialize<RecordIn>(options), null); }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString() : null;
            return (null, new RecordOutcome(id, OutcomeStatus.Rejected, Errors: new Dictionary<string, string[]>
            {
                ["type"] = [$"记录须以 type 开头且为 {string.Join("、", RecordTypes)} 之一，字段类型须正确。"],
            }));
        }
    }

    private static string? TypeOf(RecordIn? record) => record switch
    {
        InspectionIn => "inspection", CaseIn => "case", RectificationIn => "rectification", ComplaintIn => "complaint", MeasureIn => "measure",
        CreditGradeIn => "credit-grade", _ => null,
    };
}
