namespace Supervision.Web.Features.Overview;

public static class OverviewRegistration
{
    public static WebApplicationBuilder AddOverview(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OverviewQuery>();
        return builder;
    }
}
