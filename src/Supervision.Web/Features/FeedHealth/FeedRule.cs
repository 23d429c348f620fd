using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.FeedHealth;

/// <summary>
/// Whether an agency's system has gone quiet: a command center must know when its picture is stale, not just show an
/// old one. An agency is silent when, inside office hours of a working day, an agency that usually sends at least
/// <see cref="MinUsualPerDay"/> records a working day has sent nothing for <see cref="SilentAfter"/>.
/// </summary>
public static class FeedRule
{
    public const double MinUsualPerDay = 4;
    public static readonly TimeSpan SilentAfter = TimeSpan.FromHours(2);
    private static readonly TimeSpan OfficeOpens = new(8, 30, 0), OfficeCloses = new(17, 30, 0);

    public static bool IsSilent(DateTime nowUtc, DateTime? lastReceivedUtc, double usualPerWorkingDay, HolidayCalendar calendar)
    {
        var local = ChinaTime.ToLocal(nowUtc);
        if (!calendar.IsWorkingDay(DateOnly.FromDateTime(local))) return false;
        // Only after two office hours have passed today can two hours of silence mean anything.
        if (local.TimeOfDay < OfficeOpens + SilentAfter || local.TimeOfDay > OfficeCloses) return false;
        if (usualPerWorkingDay < MinUsualPerDay) return false;
        return lastReceivedUtc is null || nowUtc - lastReceivedUtc.Value >= SilentAfter;
    }
}
