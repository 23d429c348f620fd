using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Warnings.Webhooks;

public static class WebhooksRegistration
{
    public static WebApplicationBuilder AddWarningWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<WarningOptions>, WebhookTargetsValidator>();
        // A receiver that hangs must not hold a Hangfire worker; redirects are not followed (a POST turned into a GET
        // elsewhere is not a delivery), so a 3xx counts as a failure and is retried.
        builder.Services.AddHttpClient(WebhookDelivery.ClientName, c =>
            {
                c.Timeout = TimeSpan.FromSeconds(10);
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Supervision-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddTransient<WebhookDelivery>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
