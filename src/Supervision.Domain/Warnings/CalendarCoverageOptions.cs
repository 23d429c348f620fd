namespace Supervision.Domain.Warnings;

/// <summary>
/// How far ahead the holiday calendar must reach. Sixty days: the State Council publishes the next year's holidays in
/// November or December, and a 60-day margin gives the admins the whole of December to enter them; a day the calendar
/// lacks makes working-day deadlines provisional (see <see cref="Calendar.HolidayCalendar"/>).
/// </summary>
public sealed record CalendarCoverageOptions
{
    public int LeadDays { get; init; } = 60;

    /// <summary>While the missing year is still ahead; once today itself is not covered the warning is red.</summary>
    public WarningLevel Level { get; init; } = WarningLevel.Orange;
}
