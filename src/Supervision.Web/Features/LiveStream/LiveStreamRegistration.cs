namespace Supervision.Web.Features.LiveStream;

/// <summary>
/// The SignalR hub /hubs/activity and what feeds it: its own feature, so that the record stream (Features/Activity) and
/// the warnings (Features/Warnings) it carries need not know about each other or about it.
/// </summary>
public static class LiveStreamRegistration
{
    public static WebApplicationBuilder AddLiveStream(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddHostedService<ActivityHubRelay>();
        builder.Services.AddHostedService<WarningHubRelay>();
        return builder;
    }

    public static WebApplication MapLiveStream(this WebApplication app)
    {
        app.MapHub<ActivityHub>(ActivityHub.Path);
        return app;
    }
}
