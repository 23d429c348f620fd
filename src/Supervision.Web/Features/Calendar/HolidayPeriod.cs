namespace Supervision.Web.Features.Calendar;

/// <summary>A holiday's days off (元旦, 春节 …), both ends included; it belongs to the notice's year even when it begins in December.</summary>
public sealed class HolidayPeriod
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}
