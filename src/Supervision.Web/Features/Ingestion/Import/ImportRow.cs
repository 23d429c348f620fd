using System.Globalization;
using Supervision.Domain.Calendar;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// One data row of an uploaded sheet. Cells hold what the file held: text, or for Excel also numbers, dates and
/// booleans. Reading a cell that cannot be what its column needs records a problem and gives null, so a bad cell
/// rejects its own row and never throws.
/// </summary>
public sealed class ImportRow(int number, IReadOnlyDictionary<string, object?> cells)
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
    ];

    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    private static readonly char[] ListSeparators = ['、', ';', ';', ',', ',', '\n', '\r'];

    /// <summary>The row's number in the sheet as the person sees it (the header is row 1).</summary>
    public int RowNumber => number;

    /// <summary>What is wrong with the row: each problem's field is the template's column header (or the API field when no column has it).</summary>
    public List<FieldError> Problems { get; } = [];

    public bool IsBlank => cells.Values.All(IsEmpty);

    public string? Text(ImportColumn column)
    {
        var text = Plain(column);
        if (text is null) NoteMissing(column);
        return text;
    }

    private string? Plain(ImportColumn column)
    {
        var raw = Raw(column);
        return raw switch
        {
            null => null,
            string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
            // A certificate or credit code typed into a number cell comes back as a double: no exponent, no ".0".
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            bool b => b ? "是" : "否",
            _ => Convert.ToString(raw, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A Shanghai wall-clock time, from an Excel date cell or text like 2026-11-20 09:30.</summary>
    public DateTimeOffset? Time(ImportColumn column)
    {
        var local = Raw(column) switch
        {
            DateTime t => t,
            double d when IsPlausibleSerial(d) => DateTime.FromOADate(d),
            _ => (DateTime?)null,
        };
        if (local is null && Plain(column) is { } text)
        {
            if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)) local = parsed;
            // Whoever copies the API's form (with an offset) means exactly that instant.
            else if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mmzzz"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)) return withOffset;
            else
            {
                Problems.Add(new(column.Header, $"“{text}” 不是有效时间，应为 yyyy-MM-dd HH:mm。"));
                return null;
            }
        }
        if (local is null) { NoteMissing(column); return null; }
        return new DateTimeOffset(DateTime.SpecifyKind(local.Value, DateTimeKind.Unspecified), ChinaTime.Offset);
    }

    public DateOnly? Day(ImportColumn column)
    {
        switch (Raw(column))
        {
            case DateTime t: return DateOnly.FromDateTime(t);
            case double d when IsPlausibleSerial(d): return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        if (Plain(column) is not { } text) { NoteMissing(column); return null; }
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day)) return day;
        Problems.Add(new(column.Header, $"“{text}” 不是有效日期，应为 yyyy-MM-dd。"));
        return null;
    }

    public double? Number(ImportColumn column)
    {
        if (Raw(column) is double d) return d;
        if (Plain(column) is not { } text) { NoteMissing(column); return null; }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)) return parsed;
        Problems.Add(new(column.Header, $"“{text}” 不是有效数字。"));
        return null;
    }

    public int? Integer(ImportColumn column)
    {
        if (Raw(column) is double d && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue) return (int)d;
        if (Plain(column) is not { } text) { NoteMissing(column); return null; }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        Problems.Add(new(column.Header, $"“{text}” 不是整数。"));
        return null;
    }

    /// <summary>The API's name for a coded value given in Chinese (or already as the API's name).</summary>
    public string? Term(ImportColumn column)
    {
        if (Plain(column) is not { } text) { NoteMissing(column); return null; }
        var key = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var terms = column.Terms ?? [];
        if (terms.FirstOrDefault(t => t.Chinese == key || string.Equals(t.Api, key, StringComparison.OrdinalIgnoreCase)) is { } term) return term.Api;
        Problems.Add(new(column.Header, $"“{text}” 不是可选值，可选：{string.Join("、", column.PrimaryTerms.Select(t => t.Chinese))}。"));
        return null;
    }

    public List<string?>? List(ImportColumn column)
    {
        if (Plain(column) is not { } text) { NoteMissing(column); return null; }
        var items = text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 0 ? null : [.. items];
    }

    public bool Flag(ImportColumn column)
    {
        if (Raw(column) is bool b) return b;
        if (Plain(column) is not { } text) return false;
        switch (text.ToLowerInvariant())
        {
            case "是" or "y" or "yes" or "true" or "1": return true;
            case "否" or "n" or "no" or "false" or "0": return false;
        }
        Problems.Add(new(column.Header, $"“{text}” 应为“是”或“否”。"));
        return false;
    }

    /// <summary>Whether the row has anything in the column (used for optional groups such as the review).</summary>
    public bool Has(ImportColumn column) => !IsEmpty(Raw(column));

    private object? Raw(ImportColumn column) => cells.GetValueOrDefault(column.Header);

    /// <summary>An empty required cell; the writer would reject it too, but by its API name rather than the column's.</summary>
    private void NoteMissing(ImportColumn column)
    {
        if (column.Required) Problems.Add(new(column.Header, "必填，不能为空。"));
    }

    private static bool IsEmpty(object? value) => value is null || value is string s && string.IsNullOrWhiteSpace(s);

    // Excel stores dates as days since 1899-12-30; a date typed into a cell without a date format arrives as that number.
    private static bool IsPlausibleSerial(double d) => d is > 18_000 and < 80_000;
}
