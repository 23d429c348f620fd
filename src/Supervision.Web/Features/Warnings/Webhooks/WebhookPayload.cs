using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>
/// The JSON a subscriber receives for one warning change. Titles and details name things as people know them (the
/// enterprise and its credit code, document numbers, officers by name and certificate), with a natural person's name
/// masked; who acted (<see cref="WarningNews.By"/>) is left out.
/// </summary>
public sealed record WebhookPayload(
    string Id,
    int WarningId,
    string RuleCode,
    string RuleName,
    WarningChangeKind Change,
    WarningLevel Level,
    WarningStatus Status,
    string Title,
    string Detail,
    int? AgencyId,
    int? StreetId,
    DateTime At)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Chinese titles as text rather than \u escapes: the signature covers the exact bytes either way.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A new delivery of a change: its id is made here once and travels in the job's argument, so retries repeat it.</summary>
    public static WebhookPayload Of(WarningNews n) => new(Guid.NewGuid().ToString("N"), n.WarningId, n.RuleCode, n.RuleName, n.Change, n.Level,
        n.Status, n.Title, n.Detail, n.AgencyId, n.StreetId, AsUtc(n.At));

    /// <summary>"warning.raised", "warning.escalated", …: the X-Supervision-Event header.</summary>
    public string Event => "warning." + JsonNamingPolicy.CamelCase.ConvertName(Change.ToString());

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WebhookPayload FromJson(string json) =>
        JsonSerializer.Deserialize<WebhookPayload>(json, Json) ?? throw new JsonException("Empty webhook payload.");

    // Stored instants are UTC; one read back from SQLite has an unspecified kind and would be written without the "Z".
    private static DateTime AsUtc(DateTime at) => at.Kind switch
    {
        DateTimeKind.Utc => at,
        DateTimeKind.Local => at.ToUniversalTime(),
        _ => DateTime.SpecifyKind(at, DateTimeKind.Utc),
    };
}
