using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Supervision.Web.Data;

/// <summary>SQLite is the embedded default (one file, one process); PostgreSQL serves several instances (docs/scale-out.md).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Five seconds: longer than any one write transaction of the app takes, short enough to answer a stuck request.</summary>
    public const int DefaultBusyTimeoutMs = 5_000;

    /// <summary>How long a writer waits for SQLite's lock before giving up.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = DefaultBusyTimeoutMs;
}

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
        // A real read, not just an open: SQLite opens any file, even one that is not a database.
        builder.Services.AddHealthChecks().AddDbContextCheck<SupervisionDbContext>("database",
            customTestQuery: async (db, ct) =>
            {
                await db.Regions.AsNoTracking().AnyAsync(ct);
                return true;
            });
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
            _ => options.UseSqlite(connection).AddInterceptors(new SqlitePragmas(busyTimeoutMs)),
        };

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

/// <summary>
/// Makes a context for the configured provider. On PostgreSQL it is a <see cref="PostgresDbContext"/>: the same model
/// and queries, with its own migrations (Data/Migrations/Postgres), since EF Core keeps one migration history per
/// context type.
/// </summary>
public sealed class SupervisionDbContextFactory : IDbContextFactory<SupervisionDbContext>
{
    private readonly DatabaseProvider _provider;
    private readonly DbContextOptions _options;

    public SupervisionDbContextFactory(DatabaseProvider provider, string connection, int busyTimeoutMs, ILoggerFactory? logging)
    {
        _provider = provider;
        DbContextOptionsBuilder builder = provider == DatabaseProvider.Postgres
            ? new DbContextOptionsBuilder<PostgresDbContext>()
            : new DbContextOptionsBuilder<SupervisionDbContext>();
        DataRegistration.Configure(builder, provider, connection, busyTimeoutMs);
        if (logging is not null) builder.UseLoggerFactory(logging);
        _options = builder.Options;
    }

    public SupervisionDbContext CreateDbContext() => _provider == DatabaseProvider.Postgres
        ? new PostgresDbContext((DbContextOptions<PostgresDbContext>)_options)
        : new SupervisionDbContext((DbContextOptions<SupervisionDbContext>)_options);
}

/// <summary>Lets `dotnet ef` build the model without starting the web host (which would migrate and seed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SupervisionDbContext>
{
    public SupervisionDbContext CreateDbContext(string[] args) => DataRegistration.Open(DataRegistration.DefaultConnection);
}

/// <summary>`dotnet ef migrations add X --context PostgresDbContext -o Data/Migrations/Postgres`: no server is needed to add one.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        (PostgresDbContext)DataRegistration.Open(DatabaseProvider.Postgres, "Host=localhost;Database=supervision");
}
