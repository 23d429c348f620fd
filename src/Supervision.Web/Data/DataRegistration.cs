using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Supervision.Web.Data;

public static class DataRegistration
{
    public const string ConnectionName = "Supervision";
    public const string DefaultConnection = "Data Source=data/supervision.db";

    public static WebApplicationBuilder AddSupervisionData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Provider != DatabaseProvider.Postgres || IsPostgresConnection(ConnectionOf(builder.Configuration, o.Provider)),
                "Database:Provider=Postgres needs ConnectionStrings:Supervision in the Npgsql form (Host=…;Database=…;Username=…;Password=…).")
            .ValidateOnStart();
        // The provider and connection are read when the factory is first made, not now, so configuration added later
        // (tests, hosting) still applies.
        builder.Services.AddSingleton<IDbContextFactory<SupervisionDbContext>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connection = ConnectionOf(sp.GetRequiredService<IConfiguration>(), options.Provider);
            if (options.Provider == DatabaseProvider.Sqlite) connection = Anchor(connection, builder.Environment.ContentRootPath);
            return new SupervisionDbContextFactory(options.Provider, connection, options.BusyTimeoutMs, sp.GetRequiredService<ILoggerFactory>());
        });
        // The scoped context ASP.NET Core Identity's stores and the health check resolve.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext());
        // A real write and a read-back from the file at the configured path, and the free disk space (DatabaseHealthCheck).
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<DiskSpaceHealthCheck>("disk");
        return builder;
    }

    /// <summary>See <see cref="StartupTurn"/>.</summary>
    public static Task<StartupTurn> TakeStartupTurnAsync(this WebApplication app) =>
        StartupTurn.TakeAsync(app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>());

    public static string ConnectionOf(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetConnectionString(ConnectionName) is { Length: > 0 } configured ? configured
        : provider == DatabaseProvider.Sqlite ? DefaultConnection : "";

    private static bool IsPostgresConnection(string connection)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connection).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connection,
        int busyTimeoutMs = DatabaseOptions.DefaultBusyTimeoutMs) =>
        provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connection),
            // Microsoft.Data.Sqlite retries a busy database on its own until the command timeout (30 s by default), after
            // SQLite's busy_timeout: both are set from the one setting, so a writer really gives up after it.
            _ => options.UseSqlite(WithTimeout(connection, busyTimeoutMs), o => o.CommandTimeout(TimeoutSeconds(busyTimeoutMs)))
                .AddInterceptors(new SqlitePragmas(busyTimeoutMs)),
        };

    private static int TimeoutSeconds(int busyTimeoutMs) => Math.Max(1, (busyTimeoutMs + 999) / 1000);

    private static string WithTimeout(string connection, int busyTimeoutMs) =>
        new SqliteConnectionStringBuilder(connection) { DefaultTimeout = TimeoutSeconds(busyTimeoutMs) }.ToString();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connection, int busyTimeoutMs = DatabaseOptions.DefaultBusyTimeoutMs) =>
        Configure(options, DatabaseProvider.Sqlite, connection, busyTimeoutMs);

    public static SupervisionDbContext Open(string connection, int busyTimeoutMs = DatabaseOptions.DefaultBusyTimeoutMs) =>
        new SupervisionDbContextFactory(DatabaseProvider.Sqlite, connection, busyTimeoutMs, null).CreateDbContext();

    public static SupervisionDbContext Open(DatabaseProvider provider, string connection) =>
        new SupervisionDbContextFactory(provider, connection, DatabaseOptions.DefaultBusyTimeoutMs, null).CreateDbContext();

    /// <summary>
    /// The folder files beside the database belong in (exports): a SQLite file's own folder; for a server database, the
    /// content root's data/ folder (instances sharing a server must then share this folder too: docs/scale-out.md).
    /// </summary>
    public static string DataFolder(DatabaseProvider provider, string connection, string contentRoot)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var source = new SqliteConnectionStringBuilder(Anchor(connection, contentRoot)).DataSource;
            if (Path.IsPathRooted(source)) return Path.GetDirectoryName(source)!;
            return contentRoot;
        }
        return Path.Combine(contentRoot, "data");
    }

    /// <summary>
    /// A relative SQLite file is placed under the content root (the project folder under `dotnet run`, the app folder
    /// when published), so where the database lives does not depend on the directory the app was started from.
    /// </summary>
    public static string Anchor(string connection, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal) || Path.IsPathRooted(source)) return connection;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, source));
        return builder.ToString();
    }

    /// <summary>Makes the folder of a file database, which SQLite will not do itself.</summary>
    public static void EnsureDirectory(string connection)
    {
        var source = new SqliteConnectionStringBuilder(connection).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)) return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }
}
