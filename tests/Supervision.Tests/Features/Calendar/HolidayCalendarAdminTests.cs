using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Calendar;

/// <summary>
/// The holiday calendar lives in the database, seeded from data-seed: admins edit and import it (audited, in force at
/// once), a year missing ahead shows a banner to admins and raises a warning, and a bad file changes nothing.
/// </summary>
public class HolidayCalendarAdminTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static readonly System.Security.Claims.ClaimsPrincipal Admin = SignedInAs.Principal(Roles.Admin, agencyId: null);

    private SupervisionApp App() => new(_db.Path) { Clock = TestClock.AwayFromMidnight() };

    private static CalendarEditor Editor(SupervisionApp app) => new(SignedInAs.UserDb(app.Services, Admin), app.Services.GetRequiredService<AuditLog>(),
        app.Services.GetRequiredService<CurrentCalendar>(), app.Services.GetRequiredService<TimeProvider>());

    private static async Task<List<CalendarYear>> YearsAsync(SupervisionApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.Set<CalendarYear>().Include(y => y.Holidays).Include(y => y.MakeUpWorkdays).AsNoTracking().ToListAsync();
    }

    private const string Year2040 = """
        {
          "year": 2040,
          "source": "国务院办公厅关于2040年部分节假日安排的通知",
          "holidays": [ { "name": "元旦", "from": "2039-12-31", "to": "2040-01-02" }, { "name": "春节", "from": "2040-02-11", "to": "2040-02-17" } ],
          "makeUpWorkdays": [ { "date": "2040-02-18", "for": "春节" } ]
        }
        """;

    [Fact]
    public async Task The_database_is_seeded_from_data_seed_with_2027_marked_provisional()
    {
        await using var app = App();
        app.CreateClient();

        var years = await YearsAsync(app);

        Assert.Equal([2025, 2026, 2027], years.Select(y => y.Year).Order());
        var y2027 = years.Single(y => y.Year == 2027);
        Assert.Contains("核对", y2027.Source);
        Assert.Empty(y2027.MakeUpWorkdays);
        Assert.Contains(y2027.Holidays, h => h.Name == "春节" && h.From == new DateOnly(2027, 2, 5));
        Assert.True(app.Services.GetRequiredService<CurrentCalendar>().Calendar.IsPublicHoliday(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public async Task A_missing_year_ahead_shows_admins_a_banner_and_raises_a_warning_until_it_is_imported_again()
    {
        await using var app = App();
        var admin = await app.SignInAsync("admin");
        var operatorClient = await app.SignInAsync("operator");
        var current = app.Services.GetRequiredService<CurrentCalendar>();
        var today = ChinaTime.DayOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        Assert.DoesNotContain("calendar-banner", await admin.GetStringAsync("/"));

        // The year 60 days ahead is removed: the calendar no longer reaches that far.
        var ahead = today.AddDays(60).Year;
        var removed = (await YearsAsync(app)).SingleOrDefault(y => y.Year == ahead);
        if (removed is not null) Assert.True((await Editor(app).RemoveYearAsync(ahead, Admin)).Succeeded);
        var missing = current.MissingYearAhead(today, 60);
        Assert.NotNull(missing);

        var page = await admin.GetStringAsync("/");
        Assert.Contains("calendar-banner", page);
        Assert.Contains($"节假日日历未覆盖{missing}年", page);
        Assert.DoesNotContain("calendar-banner", await operatorClient.GetStringAsync("/"));

        await app.Services.GetRequiredService<WarningEngine>().SweepAllAsync();
        var warning = await WarningAsync(app, missing.Value);
        Assert.NotNull(warning);
        Assert.Equal(WarningStatus.Open, warning.Status);
        Assert.Equal($"节假日日历未覆盖{missing}年", warning.Title);
        Assert.DoesNotMatch("[A-Za-z]", warning.Detail);

        // Maintained again (no restart): the banner goes and the next sweep resolves the warning.
        var json = $$"""{ "year": {{missing}}, "source": "通知", "holidays": [ { "name": "元旦", "from": "{{missing}}-01-01", "to": "{{missing}}-01-01" } ] }""";
        Assert.True((await Editor(app).ImportAsync(json, "calendar.json", Admin)).Succeeded);
        if (current.MissingYearAhead(today, 60) is null) Assert.DoesNotContain("calendar-banner", await admin.GetStringAsync("/"));
        await app.Services.GetRequiredService<WarningEngine>().SweepAllAsync();
        Assert.Equal(WarningStatus.Resolved, (await WarningAsync(app, missing.Value))!.Status);
    }

    [Fact]
    public async Task Importing_and_editing_a_year_is_audited_and_in_force_without_a_restart()
    {
        await using var app = App();
        app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentCalendar>();
        var settings = app.Services.GetRequiredService<WarningSettings>();
        var rulesBefore = settings.Rules;
        Assert.False(current.Calendar.Covers(new DateOnly(2040, 3, 1)));

        var imported = await Editor(app).ImportAsync(Year2040, "2040.json", Admin);

        Assert.True(imported.Succeeded, string.Join("; ", imported.Problems));
        Assert.True(current.Calendar.Covers(new DateOnly(2040, 3, 1)));
        Assert.Equal("元旦", current.Calendar.HolidayName(new DateOnly(2039, 12, 31)));
        Assert.True(current.Calendar.IsWorkingDay(new DateOnly(2040, 2, 18)));   // Saturday worked for 春节
        Assert.NotSame(rulesBefore, settings.Rules);                              // the rules count with the new calendar
        var audit = (await app.AuditAsync()).Single(e => e.Action == AuditActions.CalendarImported);
        Assert.Equal("2040年", audit.Target);
        Assert.Contains("2040.json", audit.Detail);
        Assert.Contains("春节 2040-02-11～2040-02-17", audit.Detail);

        var spring = (await YearsAsync(app)).Single(y => y.Year == 2040).Holidays.Single(h => h.Name == "春节");
        var edited = await Editor(app).SaveHolidayAsync(2040, spring.Id, new HolidayDraft("春节", new DateOnly(2040, 2, 11), new DateOnly(2040, 2, 14)), Admin);

        Assert.True(edited.Succeeded, string.Join("; ", edited.Problems));
        Assert.True(current.Calendar.IsWorkingDay(new DateOnly(2040, 2, 15)));
        var change = (await app.AuditAsync()).Single(e => e.Action == AuditActions.CalendarChanged);
        Assert.Equal("春节 2040-02-11～2040-02-17 → 春节 2040-02-11～2040-02-14", change.Detail);
    }

    [Fact]
    public async Task A_bad_file_is_refused_field_by_field_and_changes_nothing()
    {
        await using var app = App();
        app.CreateClient();
        var before = await YearsAsync(app);
        const string bad = """
            {
              "year": 2040,
              "holidays": [ { "name": "元旦", "from": "2040-13-01", "to": "2040-01-01" }, { "name": "春节", "from": "2040-02-17", "to": "2040-02-11" } ],
              "makeUpWorkdays": [ { "date": "2040-02-15", "for": "春节" } ]
            }
            """;

        var result = await Editor(app).ImportAsync(bad, "bad.json", Admin);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Field == "节假日第1项（元旦）·开始日期" && p.Message.Contains("2040-13-01"));
        var withDates = await Editor(app).ImportAsync(bad.Replace("2040-13-01", "2040-01-01"), "bad.json", Admin);
        Assert.Contains(withDates.Problems, p => p.Field == "节假日第2项（春节）·结束日期" && p.Message.Contains("早于"));
        Assert.Contains(withDates.Problems, p => p.Field == "调休上班日第1项·日期" && p.Message.Contains("周六或周日"));
        Assert.Equal(before.Select(y => y.Year).Order(), (await YearsAsync(app)).Select(y => y.Year).Order());
        Assert.DoesNotContain(await app.AuditAsync(), e => e.Action.StartsWith("admin.calendar"));
        Assert.False(app.Services.GetRequiredService<CurrentCalendar>().Calendar.Covers(new DateOnly(2040, 1, 1)));
    }

    [Fact]
    public async Task The_page_is_for_admins_only()
    {
        await using var app = App();
        var admin = await app.SignInAsync("admin");
        var supervisor = await app.SignInAsync("supervisor");

        var page = await admin.GetStringAsync("/admin/calendar");
        Assert.Contains("节假日日历", page);
        Assert.Contains("2027年", page);
        var refused = await supervisor.GetAsync("/admin/calendar");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("calendar-import", await refused.Content.ReadAsStringAsync());
    }

    private static async Task<Warning?> WarningAsync(SupervisionApp app, int year)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.Warnings.AsNoTracking().SingleOrDefaultAsync(w => w.SubjectKey == CalendarCoverageRule.SubjectKey(year));
    }
}
