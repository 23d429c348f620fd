using System.Globalization;
using System.Text.Json;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Calendar;

/// <summary>
/// The holiday file: data-seed/holidays.json's shape, which is also what an admin imports —
/// <c>{"source": "国务院办公厅关于2027年部分节假日安排的通知", "years": [2027], "holidays": [{"name": "春节", "from": "2027-02-05",
/// "to": "2027-02-10"}], "makeUpWorkdays": [{"date": "…", "for": "春节"}]}</c> (<c>"year": 2027</c> instead of <c>"years"</c>
/// also reads; data-seed's file lists several years and names each one's notice in <c>"sources"</c>). Read by hand
/// rather than deserialised, so that every wrong value is reported with where it is and what was expected, all of them
/// at once, instead of the serializer's first exception.
/// </summary>
public static class CalendarFile
{
    public static Outcome<IReadOnlyList<CalendarDraft>> Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Refused(UiText.Get("Calendar.Field.File"), UiText.Format("Calendar.Error.NotJson", (e.LineNumber ?? 0) + 1));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Refused(UiText.Get("Calendar.Field.File"), UiText.Get("Calendar.Error.NotObject"));
            var errors = new List<FieldError>();
            var source = Text(root, "source") ?? "";
            var years = Years(root, errors);
            var holidays = new List<(HolidayDraft Holiday, int Index)>();
            var i = 0;
            foreach (var h in Array(root, "holidays", errors))
            {
                var name = Text(h, "name") ?? "";
                var field = CalendarDraft.HolidayField(i, name);
                var from = Date(h, "from", field + "·" + UiText.Get("Calendar.Column.From"), i, errors);
                var to = Date(h, "to", field + "·" + UiText.Get("Calendar.Column.To"), i, errors);
                if (from is { } f && to is { } t) holidays.Add((new HolidayDraft(name.Trim(), f, t), i));
                i++;
            }
            var makeUps = new List<(MakeUpDraft Day, int Index)>();
            i = 0;
            foreach (var m in Array(root, "makeUpWorkdays", errors))
            {
                if (Date(m, "date", CalendarDraft.MakeUpField(i) + "·" + UiText.Get("Calendar.Column.Date"), i, errors) is { } d)
                    makeUps.Add((new MakeUpDraft(d, Text(m, "for")?.Trim()), i));
                i++;
            }
            // Each entry goes to the listed year it falls in (元旦 from 31 December goes to the year it ends in).
            int? YearOf(DateOnly a, DateOnly b) => years.Contains(b.Year) ? b.Year : years.Contains(a.Year) ? a.Year : null;
            foreach (var (h, index) in holidays.Where(x => YearOf(x.Holiday.From, x.Holiday.To) is null))
                errors.Add(new(CalendarDraft.HolidayField(index, h.Name), UiText.Format("Calendar.Error.NotListedYear", CalendarDraft.Day(h.From)), index + 1));
            foreach (var (m, index) in makeUps.Where(x => YearOf(x.Day.Date, x.Day.Date) is null && NearYear(x.Day.Date, years) is null))
                errors.Add(new(CalendarDraft.MakeUpField(index), UiText.Format("Calendar.Error.NotListedYear", CalendarDraft.Day(m.Date)), index + 1));
            if (errors.Count > 0) return Outcome<IReadOnlyList<CalendarDraft>>.Refused(errors);
            // data-seed names each year's notice in "sources" ({"2027": "…"}); an imported year has its "source".
            string SourceOf(int y) => root.TryGetProperty("sources", out var each) && Text(each, y.ToString(CultureInfo.InvariantCulture)) is { } t ? t : source;
            var drafts = years.Select(y => new CalendarDraft(y, SourceOf(y),
                [.. holidays.Select(x => x.Holiday).Where(h => YearOf(h.From, h.To) == y)],
                [.. makeUps.Select(x => x.Day).Where(m => (YearOf(m.Date, m.Date) ?? NearYear(m.Date, years)) == y)])).ToList();
            var problems = drafts.SelectMany(d => d.Validate()).ToList();
            return problems.Count > 0 ? Outcome<IReadOnlyList<CalendarDraft>>.Refused(problems) : Outcome<IReadOnlyList<CalendarDraft>>.Done(drafts);
        }
    }

    /// <summary>A make-up day in the last or first weeks of a neighbouring year belongs to the listed year next to it.</summary>
    private static int? NearYear(DateOnly date, IReadOnlyList<int> years) =>
        years.Contains(date.Year + 1) && date.Month == 12 ? date.Year + 1 : years.Contains(date.Year - 1) && date.Month == 1 ? date.Year - 1 : null;

    private static List<int> Years(JsonElement root, List<FieldError> errors)
    {
        var field = UiText.Get("Calendar.Field.Year");
        var years = new List<int>();
        if (root.TryGetProperty("year", out var one))
        {
            if (one.ValueKind == JsonValueKind.Number && one.TryGetInt32(out var y)) years.Add(y);
            else errors.Add(new(field, UiText.Format("Calendar.Error.YearValue", one.ToString())));
        }
        else if (root.TryGetProperty("years", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in many.EnumerateArray())
                if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var y)) years.Add(y);
                else errors.Add(new(field, UiText.Format("Calendar.Error.YearValue", e.ToString())));
        }
        if (years.Count == 0 && errors.Count == 0) errors.Add(new(field, UiText.Get("Calendar.Error.NoYear")));
        if (years.Count != years.Distinct().Count()) errors.Add(new(field, UiText.Get("Calendar.Error.RepeatedYear")));
        return years;
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name, List<FieldError> errors)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind == JsonValueKind.Array) return list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        errors.Add(new(name, UiText.Get("Calendar.Error.NotList")));
        return [];
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name, string field, int index, List<FieldError> errors)
    {
        var text = Text(e, name);
        if (text is not null && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(new(field, text is null ? UiText.Get("Calendar.Error.DateMissing") : UiText.Format("Calendar.Error.DateValue", text), index + 1));
        return null;
    }

    private static Outcome<IReadOnlyList<CalendarDraft>> Refused(string field, string message) => Outcome<IReadOnlyList<CalendarDraft>>.Refused(field, message);
}
