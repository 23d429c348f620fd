using Microsoft.Extensions.Options;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Seeding;

public static class SeedingRegistration
{
    public static WebApplicationBuilder AddSeeding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations()
            .Validate(o => !(o.Enabled && builder.Environment.IsProduction()),
                "Demo:Enabled=true is refused in the Production environment: demo mode creates accounts whose password is " +
                "published on the sign-in page and loads generated records. Set Demo:Enabled=false, or run in another environment.")
            .ValidateOnStart();
        builder.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => ReferenceData.Load(ReferenceData.LocateDirectory(
            sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value.Directory, builder.Environment.ContentRootPath)));
        builder.Services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    /// <summary>Migrates and loads before the first request, so the first page never sees an empty or half-made database.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}
