using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>How long a writer waits for SQLite's lock before giving up.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = 5_000;
}

public static class DataRegistration
{
    public const string ConnectionName = "Supervision";
    public const string DefaultConnection = "Data Source=data/supervision.db";

    public static WebApplicationBuilder AddSupervisionData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Read when the first context is made, not now, so configuration added later (tests, hosting) still applies.
        builder.Services.AddDbContextFactory<SupervisionDbContext>((sp, o) => Configure(o,
            Anchor(sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName) ?? DefaultConnection, builder.Environment.ContentRootPath),
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.BusyTimeoutMs));
        // A real read, not just an open: SQLite opens any file, even one that is not a database.
        builder.Services.AddHealthChecks().AddDbContextCheck<SupervisionDbContext>("database",
            customTestQuery: async (db, ct) =>
            {
                await db.Regions.AsNoTracking().AnyAsync(ct);
                return true;
            });
        return builder;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connection, int busyTimeoutMs = 5_000) =>
        options.UseSqlite(connection).AddInterceptors(new SqlitePragmas(busyTimeoutMs));

    public static SupervisionDbContext Open(string connection, int busyTimeoutMs = 5_000)
    {
        var options = new DbContextOptionsBuilder<SupervisionDbContext>();
        Configure(options, connection, busyTimeoutMs);
        return new SupervisionDbContext(options.Options);
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

/// <summary>Lets `dotnet ef` build the model without starting the web host (which would migrate and seed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SupervisionDbContext>
{
    public SupervisionDbContext CreateDbContext(string[] args) => DataRegistration.Open(DataRegistration.DefaultConnection);
}
