using MudBlazor.Services;
using Supervision.Web.Components;

namespace Supervision.Web.Hosting;

/// <summary>The Blazor Server shell: components, MudBlazor, the clock, error pages, static assets, health.</summary>
public static class WebShell
{
    public static WebApplicationBuilder AddWebShell(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    public static WebApplication UseWebShell(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        // Styles, scripts and fonts are public so the sign-in page can load them; everything else needs sign-in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
