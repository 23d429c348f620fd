using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Reads a time only when it says its offset (…Z or …+08:00). A time without one is refused, not guessed: read as UTC
/// it would be eight hours off, read as the server's zone it would depend on the machine — and a record's time decides
/// which day, which window and which warning it belongs to.
/// </summary>
public sealed partial class OffsetTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Expected = "时间须为 ISO 8601 格式并带时区偏移，例如 2026-11-23T09:30:00+08:00。";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new FieldFormatException(Expected);
        var text = reader.GetString()!;
        if (!WithOffset().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            throw new FieldFormatException(text.Length <= 40 && !text.Any(char.IsControl) ? $"“{text}”不是带时区偏移的时间：{Expected}" : Expected);
        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
