using System.Globalization;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Calendar;

/// <summary>
/// One year's calendar as it would be saved: every edit on the page and every import builds the whole year and checks it
/// here, so a year is stored whole and consistent or not at all. Fields are named as the page and the import file show
/// them (节假日第2项（春节）·开始日期), since the admin fixes the file by reading them.
/// </summary>
public sealed record CalendarDraft(int Year, string Source, IReadOnlyList<HolidayDraft> Holidays, IReadOnlyList<MakeUpDraft> MakeUpWorkdays)
{
    public const int MaxNameLength = 40;

    /// <summary>China's longest holiday (春节 with its make-up days) is nine days; more is a typing mistake.</summary>
    public const int MaxHolidayDays = 15;

    public static CalendarDraft Of(CalendarYear y) => new(y.Year, y.Source,
        [.. y.Holidays.OrderBy(h => h.From).Select(h => new HolidayDraft(h.Name, h.From, h.To))],
        [.. y.MakeUpWorkdays.OrderBy(m => m.Date).Select(m => new MakeUpDraft(m.Date, m.For))]);

    public static string HolidayField(int index, string name) => UiText.Format("Calendar.Field.Holiday", index + 1, name);

    public static string MakeUpField(int index) => UiText.Format("Calendar.Field.MakeUp", index + 1);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Year is < 2000 or > 2100) errors.Add(new(UiText.Get("Calendar.Field.Year"), UiText.Format("Calendar.Error.Year", Year)));
        if (Source.Length > 500) errors.Add(new(UiText.Get("Calendar.Field.Source"), UiText.Format("Calendar.Error.TooLongText", 500)));
        for (var i = 0; i < Holidays.Count; i++)
        {
            var h = Holidays[i];
            var field = HolidayField(i, h.Name);
            if (string.IsNullOrWhiteSpace(h.Name)) errors.Add(new(field + "·" + UiText.Get("Calendar.Column.Name"), UiText.Get("Calendar.Error.NameRequired"), i + 1));
            else if (h.Name.Length > MaxNameLength)
                errors.Add(new(field + "·" + UiText.Get("Calendar.Column.Name"), UiText.Format("Calendar.Error.TooLongText", MaxNameLength), i + 1));
            if (h.To < h.From)
                errors.Add(new(field + "·" + UiText.Get("Calendar.Column.To"), UiText.Format("Calendar.Error.Order", Day(h.From), Day(h.To)), i + 1));
            else if (h.To.DayNumber - h.From.DayNumber + 1 > MaxHolidayDays)
                errors.Add(new(field + "·" + UiText.Get("Calendar.Column.To"), UiText.Format("Calendar.Error.TooManyDays", MaxHolidayDays), i + 1));
            // 元旦 may begin on 30 or 31 December of the year before: one end in the year is enough.
            if (h.From.Year != Year && h.To.Year != Year)
                errors.Add(new(field + "·" + UiText.Get("Calendar.Column.From"), UiText.Format("Calendar.Error.OutsideYear", Day(h.From), Year), i + 1));
            for (var j = 0; j < i; j++)
            {
                var other = Holidays[j];
                if (h.From <= other.To && other.From <= h.To)
                    errors.Add(new(field, UiText.Format("Calendar.Error.Overlap", other.Name, Span(other)), i + 1));
            }
        }
        for (var i = 0; i < MakeUpWorkdays.Count; i++)
        {
            var m = MakeUpWorkdays[i];
            var field = MakeUpField(i) + "·" + UiText.Get("Calendar.Column.Date");
            if (m.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add(new(field, UiText.Format("Calendar.Error.NotWeekend", Day(m.Date), UiText.Get($"Calendar.Weekday.{m.Date.DayOfWeek}")), i + 1));
            // A make-up day for 春节 can be late in the year before, one for 元旦 early in the next.
            if (Math.Abs(m.Date.Year - Year) > 1 || (m.Date.Year != Year && Math.Min(m.Date.DayOfYear, 367 - m.Date.DayOfYear) > 31))
                errors.Add(new(field, UiText.Format("Calendar.Error.OutsideYear", Day(m.Date), Year), i + 1));
            if (Holidays.FirstOrDefault(h => h.From <= m.Date && m.Date <= h.To) is { } inside)
                errors.Add(new(field, UiText.Format("Calendar.Error.InHoliday", Day(m.Date), inside.Name), i + 1));
            if (MakeUpWorkdays.Take(i).Any(o => o.Date == m.Date))
                errors.Add(new(field, UiText.Format("Calendar.Error.Duplicate", Day(m.Date)), i + 1));
            if (m.For is { Length: > MaxNameLength })
                errors.Add(new(MakeUpField(i) + "·" + UiText.Get("Calendar.Column.For"), UiText.Format("Calendar.Error.TooLongText", MaxNameLength), i + 1));
        }
        return errors;
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Span(HolidayDraft h) => h.From == h.To ? Day(h.From) : $"{Day(h.From)}～{Day(h.To)}";
}
