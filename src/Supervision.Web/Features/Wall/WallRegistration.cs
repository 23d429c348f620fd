namespace Supervision.Web.Features.Wall;

public static class WallRegistration
{
    public static WebApplicationBuilder AddWall(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WallOptions>().BindConfiguration(WallOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<WallAlarmQuery>();
        builder.Services.AddScoped<WallWarningsQuery>();
        return builder;
    }
}
