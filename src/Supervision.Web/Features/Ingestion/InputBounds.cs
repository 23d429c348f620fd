using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Supervision.Domain.Calendar;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// The bounds every field of a record has, checked before anything else about it, from the attributes on the
/// records' properties — the same attributes the OpenAPI document states (<c>maxLength</c>, <c>maxItems</c>,
/// <c>minimum</c>, <c>maximum</c>): text length and clean characters (<see cref="TextRules"/>), list length, number
/// ranges, and dates between the configured floor and the end of the century. One hostile record is refused field by
/// field here and never reaches a query, a screen or an export.
/// </summary>
internal sealed class InputBounds(DateOnly earliest)
{
    private static readonly DateOnly Latest = new(2099, 12, 31);
    private static readonly ConcurrentDictionary<Type, Bound[]> Bounds = new();

    public DateOnly Earliest => earliest;

    public void Check(object record, List<FieldError> errors) => Walk(record, "", errors);

    private void Walk(object value, string path, List<FieldError> errors)
    {
        foreach (var bound in Bounds.GetOrAdd(value.GetType(), Describe))
        {
            var field = path.Length == 0 ? bound.Name : $"{path}.{bound.Name}";
            var v = bound.Property.GetValue(value);
            if (v is IList list && v is not string)
            {
                if (bound.MaxLength is { } maxItems && list.Count > maxItems) errors.Add(new(field, $"最多 {maxItems} 项，本条 {list.Count} 项。"));
                else for (var i = 0; i < list.Count; i++) Value(list[i], bound, $"{field}[{i}]", errors);
            }
            else Value(v, bound, field, errors);
        }
    }

    private void Value(object? v, Bound bound, string field, List<FieldError> errors)
    {
        switch (v)
        {
            case null: return;
            case string s:
                if (bound.ItemLength is { } max && s.Length > max) errors.Add(new(field, $"不能超过 {max} 个字符，本条 {s.Length} 个。"));
                else if (TextRules.Problem(s, bound.MultiLine) is { } problem) errors.Add(new(field, problem));
                return;
            case long or int or double when bound.Range is { } range && !range.IsValid(v):
                errors.Add(new(field, $"应在 {Shown(range.Minimum)} 至 {Shown(range.Maximum)} 之间。"));
                return;
            case DateTimeOffset at:
                Day(ChinaTime.DayOf(at.UtcDateTime), field, errors);
                return;
            case DateOnly day:
                Day(day, field, errors);
                return;
            case RecordIn or not (ValueType or string) when v.GetType().Namespace == typeof(RecordIn).Namespace:
                Walk(v, field, errors);
                return;
        }
    }

    private void Day(DateOnly day, string field, List<FieldError> errors)
    {
        if (day < earliest) errors.Add(new(field, $"日期不能早于 {earliest:yyyy-MM-dd}。"));
        else if (day > Latest) errors.Add(new(field, $"日期不能晚于 {Latest:yyyy-MM-dd}。"));
    }

    private static string Shown(object bound) => Convert.ToDouble(bound, CultureInfo.InvariantCulture).ToString("#,0.######", CultureInfo.InvariantCulture);

    private static Bound[] Describe(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p =>
        {
            var isList = p.PropertyType != typeof(string) && typeof(IList).IsAssignableFrom(p.PropertyType);
            var length = p.GetCustomAttribute<MaxLengthAttribute>()?.Length;
            // A list of texts has two: how many items (MaxLength on the list) and how long each is (ItemLength).
            return new Bound(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p,
                isList ? length : null,
                isList ? p.GetCustomAttribute<ItemLengthAttribute>()?.Length : length,
                p.GetCustomAttribute<RangeAttribute>(),
                p.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.MultilineText);
        }),
    ];

    private sealed record Bound(string Name, PropertyInfo Property, int? MaxLength, int? ItemLength, RangeAttribute? Range, bool MultiLine);
}
