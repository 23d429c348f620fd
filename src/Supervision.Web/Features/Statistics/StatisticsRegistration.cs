namespace Supervision.Web.Features.Statistics;

public static class StatisticsRegistration
{
    public static WebApplicationBuilder AddStatistics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MonthlyStatistics>();
        return builder;
    }
}
