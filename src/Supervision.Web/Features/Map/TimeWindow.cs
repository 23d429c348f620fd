using System.Globalization;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>
/// A period chosen on a screen (最近1小时, 今天, 最近7天, or a range of days). It is a choice, not instants: resolve it
/// against the clock each time figures are read, so "today" and "the last hour" move on while a wall screen runs.
/// Days are Asia/Shanghai days; a period that reaches today ends now.
/// </summary>
public sealed record TimeWindow(WindowKind Kind, DateOnly? FromDay = null, DateOnly? ToDay = null)
{
    public static readonly TimeWindow LastHour = new(WindowKind.LastHour);
    public static readonly TimeWindow Today = new(WindowKind.Today);
    public static readonly TimeWindow Last7Days = new(WindowKind.Last7Days);

    public static TimeWindow Days(DateOnly from, DateOnly to) => from <= to ? new(WindowKind.Range, from, to) : new(WindowKind.Range, to, from);

    public WindowRange Resolve(DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        return Kind switch
        {
            WindowKind.LastHour => new(nowUtc.AddHours(-1), nowUtc),
            WindowKind.Last7Days => new(ChinaTime.StartOfDayUtc(today.AddDays(-6)), nowUtc),
            WindowKind.Range when FromDay is { } from && ToDay is { } to => new(ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1))),
            _ => new(ChinaTime.StartOfDayUtc(today), nowUtc),
        };
    }

    public WindowRange Resolve(TimeProvider time) => Resolve(time.GetUtcNow().UtcDateTime);

    /// <summary>Whether the period reaches the present, so that live records belong to it.</summary>
    public bool IsLive(DateTime nowUtc) => Kind != WindowKind.Range || ToDay >= ChinaTime.DayOf(nowUtc);

    /// <summary>How the period reads on screen, in the reader's language.</summary>
    public string Label => Kind switch
    {
        WindowKind.LastHour => UiText.Get("Period.LastHour"),
        WindowKind.Last7Days => UiText.Get("Period.Last7Days"),
        WindowKind.Range when FromDay is { } from && ToDay is { } to => from == to ? Day(from) : UiText.Format("Period.FromTo", Day(from), Day(to)),
        _ => UiText.Get("Period.Today"),
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
