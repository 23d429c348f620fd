namespace Supervision.Web.Features.Activity;

public static class ActivityRegistration
{
    public static WebApplicationBuilder AddActivity(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ActivityFeed>();
        return builder;
    }
}
