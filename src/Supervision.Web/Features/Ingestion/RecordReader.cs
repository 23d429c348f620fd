using System.Text.Json;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Reads one record from a request body: first the JSON itself (a syntax error is reported by line and byte), then the
/// record (a value of the wrong kind is reported under its field). Model binding would answer an empty 400 in
/// Production and a stack trace in Development.
/// </summary>
public static class RecordReader
{
    public static async Task<(T? Record, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken ct)
        where T : RecordIn
    {
        JsonDocument document;
        try { document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct); }
        catch (JsonException e) { return (null, ApiProblems.Syntax(e)); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, ApiProblems.Invalid(new("body", "请求体应为一条记录(JSON 对象 { … })。"), ""));
            try { return (document.RootElement.Deserialize<T>(options), null); }
            catch (JsonException e)
            {
                var (error, pointer) = JsonFieldError.From(e, typeof(T));
                return (null, ApiProblems.Invalid(error, pointer));
            }
        }
    }
}
