using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// A value the serializer could not read, as a field error: the field by the name the client sent (<c>decision.fine</c>,
/// <c>stages[2].at</c>) and as a JSON pointer (<c>/decision/fine</c>), with what the field expects. The serializer's own
/// English message, which names .NET types, is never passed on.
/// </summary>
public static partial class JsonFieldError
{
    public static (FieldError Error, string Pointer) From(JsonException e, Type root)
    {
        var segments = Segments().Matches(e.Path ?? "$").Select(m => m.Groups["index"].Success
            ? (object)int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["quoted"].Value).ToList();
        var field = string.Concat(segments.Select((s, i) => s is int n ? $"[{n}]" : i == 0 ? (string)s : "." + s));
        var pointer = string.Concat(segments.Select(s => "/" + Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture)!.Replace("~", "~0").Replace("/", "~1")));
        var message = e is FieldFormatException ? e.Message : $"无法读取此值：应为{Expected(TypeAt(root, segments))}。";
        return (new FieldError(field.Length == 0 ? "body" : field, message), pointer);
    }

    /// <summary>The type the path leads to in the record type, or null where it leaves the type (an unknown member).</summary>
    private static Type? TypeAt(Type root, List<object> segments)
    {
        Type? type = root;
        foreach (var segment in segments)
        {
            if (type is null) return null;
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = segment is int
                ? type.IsGenericType && typeof(IList).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null
                : type.GetProperty((string)segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string Expected(Type? type) => type switch
    {
        null => "正确的 JSON 值",
        _ when type == typeof(string) => "文本(用引号括起)",
        _ when type == typeof(long) || type == typeof(int) => "整数",
        _ when type == typeof(double) || type == typeof(decimal) => "数字",
        _ when type == typeof(bool) => "true 或 false",
        _ when type == typeof(DateOnly) => "日期文本，格式 yyyy-MM-dd",
        _ when type == typeof(DateTimeOffset) => "带时区偏移的时间文本，例如 2026-11-23T09:30:00+08:00",
        _ when typeof(IList).IsAssignableFrom(type) => "数组 [ … ]",
        _ => "对象 { … }",
    };

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Segments();
}
