using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Access;
using Supervision.Web.Hosting;

namespace Supervision.Web.Features.Jobs;

/// <summary>
/// Hangfire runs the background work (warning sweeps, exports, the monthly archive, notice escalation). The embedded
/// default keeps its queue in memory: anything a job produces that must survive a restart (warnings, exports) lives in
/// the app's own database, and recurring jobs are registered again at every start. With several instances
/// (docs/scale-out.md) the queue moves to PostgreSQL (Hangfire:Storage=Postgres), shared by all of them.
/// </summary>
public static class JobsRegistration
{
    public const string DashboardPath = "/jobs";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobStorageOptions>().BindConfiguration(JobStorageOptions.Section)
            .Configure<IConfiguration>(JobStorageOptions.Resolve)
            .ValidateDataAnnotations().ValidateOnStart();
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
            var options = sp.GetRequiredService<IOptions<JobStorageOptions>>().Value;
            return options.Storage == JobStorageKind.Postgres ? Postgres(options) : new InMemoryStorage();
        });
        // Likewise the job activator: Hangfire's default is the process-wide JobActivator.Current, the last host's, so a
        // job of one instance (a test app) would be built from another instance's services and database.
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            // Which instance holds a job, in the dashboard ("Processing" on …) and for the scale-out tests.
            if (sp.GetService<InstanceIdentity>() is { } identity) o.ServerName = identity.Id;
            // Retries and scheduled jobs are looked at every 5 s instead of 15 s: cheap on PostgreSQL, and a retried
            // sweep follows its delay (10 s, see WarningJobs) more closely.
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        return builder;
    }

    /// <summary>
    /// Hangfire's tables in PostgreSQL, shared by all instances. Choices, each for several instances behind one
    /// load balancer:
    /// - Its own schema (Hangfire:Schema, default "hangfire"), so it can share the app's database without mixing tables,
    ///   created and upgraded by the package's own scripts at start (PrepareSchemaIfNecessary), so there is no separate
    ///   install step; each script runs in one transaction and skips a version already applied. On an empty database
    ///   start one instance first (it also seeds, docs/readme-several-machines.md), then the others.
    /// - QueuePollInterval 1 s plus long polling (LISTEN/NOTIFY): a job enqueued on A (an incoming record's evaluation,
    ///   an export) starts within a second on whichever instance has a free worker, instead of the default 15 s.
    /// - Sliding invisibility of 5 minutes: a running job's fetch is kept fresh by a heartbeat while its instance lives,
    ///   so a long export is never handed out twice; when an instance dies (killed, not stopped) its jobs become visible
    ///   to the others 5 minutes after its last heartbeat. A graceful stop gives them back at once (the jobs honour
    ///   Hangfire's shutdown token, see RuleLocks and ExportRunner).
    /// - DistributedLockTimeout 2 minutes: a lock row older than this counts as left by a dead instance and is taken
    ///   over. The longest lock held is one rule's evaluation (RuleLocks), seconds even on a big city; the default of
    ///   10 minutes would stall that rule's sweeps for 10 minutes after a crash.
    /// </summary>
    private static PostgreSqlStorage Postgres(JobStorageOptions options)
    {
        var storage = new PostgreSqlStorageOptions
        {
            SchemaName = options.Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            EnableLongPolling = true,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            DistributedLockTimeout = TimeSpan.FromMinutes(2),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.ConnectionString!, storage), storage);
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
