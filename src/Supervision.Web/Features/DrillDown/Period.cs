using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.DrillDown;

public enum PeriodPreset
{
    Today,
    Last7Days,
    Last30Days,
    Last90Days,
    ThisYear,
    Last365Days,
}

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

    public static string Name(PeriodPreset preset) => preset switch
    {
        PeriodPreset.Today => "今日",
        PeriodPreset.Last7Days => "近7日",
        PeriodPreset.Last30Days => "近30日",
        PeriodPreset.Last90Days => "近90日",
        PeriodPreset.ThisYear => "本年",
        PeriodPreset.Last365Days => "近一年",
        _ => preset.ToString(),
    };

    public override string ToString() => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd} 至 {To:yyyy-MM-dd}";
}
