using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Hosting;

/// <summary>
/// The one bUnit harness of the component tests (after MudBlazor's own): MudBlazor's services, JS interop loose (charts,
/// the map and MudBlazor's measuring are the browser's), localisation, the real clock, a signed-in user of one role, and
/// an interactive server renderer, as the app's pages run. The test app's singletons the components need are shared with
/// <see cref="Share{T}"/>, what the components make per circuit is added by the test as scoped services, and
/// <see cref="SignIn"/> comes last.
/// </summary>
public sealed class ComponentContext : BunitContext
{
    private readonly IServiceProvider _app;

    // bUnit's WaitFor… gives up after one second by default: a loaded CI machine can take longer to render after a query.
    static ComponentContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    /// <param name="app">The test app whose services are shared.</param>
    public ComponentContext(IServiceProvider app)
    {
        _app = app;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        // The app's clock, so a component's "today" is the one the test reads from that app (TestClock).
        Services.AddSingleton(app.GetRequiredService<TimeProvider>());
        Services.AddHttpContextAccessor();
        Services.AddScoped<CurrentUser>();
        // The one way components reach the database (DataAccessTests); it needs the app's factory shared (Share).
        Services.AddScoped<UserDb>();
    }

    /// <summary>
    /// Signs a user of one role in (and with <paramref name="withPolicies"/> grants the role's policies too, for components
    /// that check policies, not roles). Last: bUnit takes no more services once authorisation is set up.
    /// </summary>
    public ComponentContext SignIn(string userName, string role, bool withPolicies = false)
    {
        var auth = this.AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(role);
        if (withPolicies) auth.SetPolicies([.. Policies.RolesOf.Where(p => p.Value.Contains(role)).Select(p => p.Key)]);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return this;
    }

    /// <summary>
    /// The live screens' shared figures (Shared/Screens): a hub of this context's own, so no test sees another's cached
    /// snapshots, fed by the test app's feeds. Its views compute with the scoped queries the test adds.
    /// </summary>
    public ComponentContext WithScreens()
    {
        Share<Supervision.Web.Features.Activity.ActivityFeed>().Share<Supervision.Web.Features.Warnings.WarningFeed>()
            .Share<Supervision.Web.Features.Notices.NoticeFeed>().Share<Supervision.Web.Features.Ingestion.IngestionStatus>();
        Services.AddSingleton<Supervision.Web.Shared.Screens.ScreenSnapshots>();
        return this;
    }

    /// <summary>Gives the components the test app's own instance of a singleton.</summary>
    public ComponentContext Share<T>() where T : class
    {
        Services.AddSingleton(_app.GetRequiredService<T>());
        return this;
    }
}
