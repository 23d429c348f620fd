namespace Supervision.Web.Shared.Screens;

public static class ScreensRegistration
{
    /// <summary>The shared figures of the live screens (overview, wall, map): one computation per view, not per circuit.</summary>
    public static WebApplicationBuilder AddScreenSnapshots(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScreenSnapshots>();
        return builder;
    }
}
