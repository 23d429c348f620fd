namespace Supervision.Web.Features.Calendar;

/// <summary>
/// One year of the holiday calendar as the admins keep it: a row here means the year is maintained (even with no
/// make-up day), so the rules count its working days as settled; a year without a row is not covered. City-wide, not
/// agency data: the State Council's notice applies to everyone.
/// </summary>
public sealed class CalendarYear
{
    public int Year { get; set; }

    /// <summary>Where the dates come from (the notice's title) and what is still to check, as the admin wrote it.</summary>
    public required string Source { get; set; }

    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    public List<HolidayPeriod> Holidays { get; set; } = [];
    public List<MakeUpWorkday> MakeUpWorkdays { get; set; } = [];
}
