namespace Supervision.Web.Features.FeedHealth;

public static class FeedHealthRegistration
{
    public static WebApplicationBuilder AddFeedHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FeedHealthQuery>();
        return builder;
    }
}
