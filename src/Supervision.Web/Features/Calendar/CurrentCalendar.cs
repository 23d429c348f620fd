using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Data;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Calendar;

/// <summary>
/// The holiday calendar in force, read from the database: the rules, the case timeline, the feed health and the
/// simulator ask it each time they count, so an admin's edit counts from the next question on, without a restart.
/// Until the start-up load (and for tools that never start the app) it is the data-seed file's calendar.
/// </summary>
public sealed class CurrentCalendar(IDbContextFactory<SupervisionDbContext> factory, ReferenceData reference, ILogger<CurrentCalendar> log)
{
    private volatile HolidayCalendar _calendar = reference.Holidays;

    public HolidayCalendar Calendar => _calendar;

    /// <summary>After every reload, so the warnings are swept again with the new days.</summary>
    public event Action? Changed;

    /// <summary>
    /// The first year within <paramref name="leadDays"/> of <paramref name="today"/> the calendar does not hold (the
    /// banner's and the coverage warning's question), or null.
    /// </summary>
    public int? MissingYearAhead(DateOnly today, int leadDays) => _calendar.UncoveredYearIn(today, today.AddDays(leadDays));

    /// <summary>
    /// Fills an empty calendar from data-seed/holidays.json (first start, or an upgrade that brought the tables), then
    /// loads it. Once the database holds a year, the file is not read again: the admins keep the calendar in the app.
    /// </summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!await db.Set<CalendarYear>().AnyAsync(ct) && reference.SourceDirectory is { } dir && File.Exists(Path.Combine(dir, "holidays.json")))
            {
                var parsed = CalendarFile.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "holidays.json"), ct));
                if (!parsed.Succeeded) throw new InvalidDataException($"holidays.json: {string.Join("; ", parsed.Problems)}");
                foreach (var draft in parsed.Value!) db.Add(CalendarStore.Row(draft, DateTime.UnixEpoch, "data-seed"));
                await db.SaveChangesAsync(ct);
                log.LogInformation("Holiday calendar seeded from {File} ({Years})", "holidays.json", string.Join(", ", parsed.Value!.Select(d => d.Year)));
            }
        }
        await LoadAsync(ct);
    }

    /// <summary>Reads the calendar again (after an edit here, or one announced by another instance) and tells the listeners.</summary>
    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await LoadAsync(ct);
        Changed?.Invoke();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        _calendar = await CalendarStore.ReadAsync(db, ct);
    }
}
