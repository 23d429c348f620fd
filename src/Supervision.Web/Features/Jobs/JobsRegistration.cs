using Hangfire;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Jobs;

/// <summary>
/// Hangfire runs the background work (warning sweeps, exports, the monthly archive). The embedded default keeps its
/// queue in memory: anything a job produces that must survive a restart (warnings, exports) lives in the app's own
/// database, and recurring jobs are registered again at every start.
/// </summary>
public static class JobsRegistration
{
    public const string DashboardPath = "/jobs";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        return builder;
    }

    /// <summary>The job dashboard, for admins only: the endpoint's policy decides, not Hangfire's local-requests filter.</summary>
    public static WebApplication MapJobs(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            DashboardTitle = "后台任务",
            AppPath = "/",
        }).RequireAuthorization(Policies.Administer);
        return app;
    }
}
