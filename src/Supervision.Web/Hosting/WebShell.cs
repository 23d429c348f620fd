using MudBlazor.Services;
using Supervision.Web.Components;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Web.Hosting;

/// <summary>The Blazor Server shell: components, MudBlazor, the clock, error pages, static assets, health.</summary>
public static class WebShell
{
    public static WebApplicationBuilder AddWebShell(this WebApplicationBuilder builder)
    {
        // Package assets (MudBlazor's, Blazor's script) are served from the build output in every environment, not only
        // Development; a published app has them copied and this is a no-op.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton(TimeProvider.System);
        // Chinese text goes out as characters, not &#x..; entities: pages are smaller and readable in the source.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    /// <summary>Whether an HTTPS address is configured (urls, https_port or a Kestrel endpoint): only then is HTTP redirected.</summary>
    private static bool ServesHttps(IConfiguration configuration) =>
        configuration["urls"]?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true
        || !string.IsNullOrEmpty(configuration["https_port"]) || !string.IsNullOrEmpty(configuration["HTTPS_PORTS"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e["Url"]?.StartsWith("https", StringComparison.OrdinalIgnoreCase) == true);

    public static WebApplication UseWebShell(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            // Browsers that reached the center over HTTPS keep to it (sent on HTTPS responses only).
            app.UseHsts();
        }
        if (ServesHttps(app.Configuration)) app.UseHttpsRedirection();
        // Inside the error page's handler, so that the API's own answers come first on /api.
        app.UseApiProblems();
        // Friendly status pages for pages a person opens; API and hub calls keep their bare status codes.
        app.UseWhen(c => HttpMethods.IsGet(c.Request.Method) && !c.Request.Path.StartsWithSegments("/_blazor") && !c.Request.Path.StartsWithSegments("/api"),
            b => b.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        // The language is the signed-in person's choice, read from the sign-in cookie.
        app.UseRequestLocalization();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        // Styles, scripts and fonts are public so the sign-in page can load them; everything else needs sign-in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync })
            .AllowAnonymous();
        // Our own CSP already says frame-ancestors 'none'; Blazor's second header would only repeat a weaker one.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
