using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Shared;

/// <summary>Shanghai calendar days, both ends included; queries compare UTC instants against its bounds.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public DateTime FromUtc => ChinaTime.StartOfDayUtc(From);
    public DateTime ToUtcExclusive => ChinaTime.StartOfDayUtc(To.AddDays(1));

    public static Period Of(PeriodPreset preset, DateOnly today) => preset switch
    {
        PeriodPreset.Today => new(today, today),
        PeriodPreset.Last7Days => new(today.AddDays(-6), today),
        PeriodPreset.Last30Days => new(today.AddDays(-29), today),
        PeriodPreset.Last90Days => new(today.AddDays(-89), today),
        PeriodPreset.ThisYear => new(new DateOnly(today.Year, 1, 1), today),
        PeriodPreset.Last365Days => new(today.AddDays(-364), today),
        _ => throw new ArgumentOutOfRangeException(nameof(preset)),
    };

    public static string Name(PeriodPreset preset) => UiText.Get($"Preset.{preset}");

    public override string ToString() => From == To ? Day(From) : UiText.Format("Period.FromTo", Day(From), Day(To));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
