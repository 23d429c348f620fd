namespace Supervision.Web.Features.Calendar;

public static class CalendarRegistration
{
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CurrentCalendar>();
        builder.Services.AddScoped<CalendarEditor>();
        return builder;
    }

    /// <summary>Seeds the calendar from data-seed on a database without one, then loads it (start-up's turn: instances seed once).</summary>
    public static Task StartCalendarAsync(this WebApplication app) => app.Services.GetRequiredService<CurrentCalendar>().StartAsync();
}
