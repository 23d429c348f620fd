using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.Logging;
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
        builder.Services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        // Each app instance owns its storage, handed to the server and the dashboard through DI (registered after
        // AddHangfire so it wins): Hangfire's global JobStorage.Current is shared by every host in a process.
        builder.Services.AddSingleton<JobStorage>(sp =>
        {
            GlobalConfiguration.Configuration.UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            return new InMemoryStorage();
        });
        // Likewise the job activator: Hangfire's default is the process-wide JobActivator.Current, the last host's, so a
        // job of one instance (a test app) would be built from another instance's services and database.
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
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
        }, app.Services.GetRequiredService<JobStorage>()).RequireAuthorization(Policies.Administer);
        return app;
    }

    /// <summary>
    /// Hangfire's log provider is process-wide; this one drops messages once its host's logger factory is disposed,
    /// instead of throwing in whatever other host (a second instance, a parallel test) logs next.
    /// </summary>
    private sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
    {
        private readonly AspNetCoreLogProvider _inner = new(factory);

        public ILog GetLogger(string name) => new DroppingLog(_inner, name);

        private sealed class DroppingLog(AspNetCoreLogProvider inner, string name) : ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
            {
                try
                {
                    return inner.GetLogger(name).Log(logLevel, messageFunc, exception);
                }
                catch (ObjectDisposedException)
                {
                    return false;
                }
            }
        }
    }
}
