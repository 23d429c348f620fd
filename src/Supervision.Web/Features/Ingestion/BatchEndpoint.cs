using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Supervision.Domain.Validation;

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
        catch (JsonException e) { return ApiProblems.Syntax(e); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
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
        var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            && idElement.GetString() is { Length: <= 64 } text && TextRules.Problem(text, false) is null ? text : null;
        if (element.ValueKind != JsonValueKind.Object) return (null, Rejected(id, "record", "每条记录应为一个 JSON 对象 { … }。"));
        if (!TypeNamed(element)) return (null, Rejected(id, "type", $"缺少 type 或其值不是 {string.Join("、", RecordTypes)} 之一。"));
        try { return (element.Deserialize<RecordIn>(options), null); }
        catch (JsonException e)
        {
            var (error, _) = JsonFieldError.From(e, TypeNamedBy(element));
            return (null, Rejected(id, error.Field, error.Message));
        }
    }

    private static bool TypeNamed(JsonElement record) =>
        record.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && RecordTypes.Contains(type.GetString());

    private static Type TypeNamedBy(JsonElement record) => record.GetProperty("type").GetString() switch
    {
        "inspection" => typeof(InspectionIn), "case" => typeof(CaseIn), "rectification" => typeof(RectificationIn), "complaint" => typeof(ComplaintIn),
        "measure" => typeof(MeasureIn), _ => typeof(CreditGradeIn),
    };

    private static RecordOutcome Rejected(string? id, string field, string message) =>
        new(id, OutcomeStatus.Rejected, Errors: new Dictionary<string, string[]> { [field] = [message] });

    private static string? TypeOf(RecordIn? record) => record switch
    {
        InspectionIn => "inspection", CaseIn => "case", RectificationIn => "rectification", ComplaintIn => "complaint", MeasureIn => "measure",
        CreditGradeIn => "credit-grade", _ => null,
    };
}
