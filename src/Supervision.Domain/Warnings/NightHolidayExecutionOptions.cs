namespace Supervision.Domain.Warnings;

/// <summary>Compulsory execution at night or on a day off without the emergency flag.</summary>
public sealed record NightHolidayExecutionOptions
{
    /// <summary>Night is from this hour (Asia/Shanghai) to <see cref="NightEndHour"/>; equal hours mean no night check.</summary>
    public int NightStartHour { get; init; } = 22;
    public int NightEndHour { get; init; } = 6;
    /// <summary>
    /// Ordinary weekends count as days off besides the statutory holidays (a make-up working day does not): execution
    /// then is as much an intrusion as on a holiday.
    /// </summary>
    public bool IncludeWeekends { get; init; } = true;
    public int LookbackDays { get; init; } = 30;
    public WarningLevel NightLevel { get; init; } = WarningLevel.Orange;
    public WarningLevel DayOffLevel { get; init; } = WarningLevel.Orange;
    public WarningLevel BothLevel { get; init; } = WarningLevel.Red;
}
