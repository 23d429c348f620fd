using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Supervision.Domain.Calendar;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Tests.Hosting;

/// <summary>
/// The demo city, generated once per test process into a template (a SQLite file, or a PostgreSQL template database) and
/// copied into each new test database before its app starts: the app then finds the city and adds nothing, as on any
/// second start, instead of spending seconds generating the same city again for every test.
/// The template is made by the app's own <see cref="DatabaseInitializer"/> with the default seed and the real clock, as
/// a test app on a new database would; it is made anew when Shanghai's day has changed since, so "yesterday" in the city
/// is the test's yesterday.
/// </summary>
public static class DemoTemplate
{
    private static readonly Lock Gate = new();
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("supervision-demo-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        };
        return folder;
    });
    private static readonly List<string> PostgresTemplates = [];
    private static (DateOnly Day, string Source)? _current;

    /// <summary>Gives a test database that does not exist yet the demo city (an existing one is left as it is).</summary>
    public static void CopyTo(string databasePath)
    {
        var template = Current();
        if (TestProvider.IsSqlite)
        {
            if (File.Exists(databasePath)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
            var part = databasePath + ".copying";
            File.Copy(template, part, overwrite: true);
            try { File.Move(part, databasePath); }
            catch (IOException) when (File.Exists(databasePath)) { File.Delete(part); }
            return;
        }
        var name = TestProvider.DatabaseNameFor(databasePath);
        using var connection = new NpgsqlConnection(TestProvider.PostgresConnection("postgres") + ";Pooling=false");
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is not null) return;
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
        try { create.ExecuteNonQuery(); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
    }

    /// <summary>Today's template: its file path (SQLite) or database name (PostgreSQL), made on first use.</summary>
    private static string Current()
    {
        var today = ChinaTime.DayOf(DateTime.UtcNow);
        lock (Gate)
        {
            if (_current is { } current && current.Day == today) return current.Source;
            var source = TestProvider.IsSqlite ? MakeSqlite(today) : MakePostgres(today);
            _current = (today, source);
            return source;
        }
    }

    private static string MakeSqlite(DateOnly day)
    {
        var path = Path.Combine(Folder.Value, $"demo-{day:yyyyMMdd}.db");
        File.Delete(path);
        var connection = $"Data Source={path}";
        Generate(connection);
        // Everything into the one file (it stays in WAL mode, which SQLite keeps in the file), so copying it is enough.
        using (var db = new SqliteConnection(connection + ";Pooling=false"))
        {
            db.Open();
            using var checkpoint = db.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        return path;
    }

    private static string MakePostgres(DateOnly day)
    {
        var name = $"svtemplate_{Environment.ProcessId}_{day:yyyyMMdd}";
        TestProvider.Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        var connection = TestProvider.PostgresConnection(name);
        Generate(connection);
        // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
        using (var pooled = new NpgsqlConnection(connection)) NpgsqlConnection.ClearPool(pooled);
        if (PostgresTemplates.Count == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgresTemplates();
        PostgresTemplates.Add(name);
        return name;
    }

    private static void Generate(string connection)
    {
        var factory = new SupervisionDbContextFactory(TestProvider.Current, connection, DatabaseOptions.DefaultBusyTimeoutMs, null);
        var initializer = new DatabaseInitializer(factory, ReferenceData.Load(TestPaths.DataSeed), Options.Create(new DemoOptions { Enabled = true }),
            TimeProvider.System, NullLogger<DatabaseInitializer>.Instance);
        initializer.InitializeAsync().GetAwaiter().GetResult();
    }

    /// <summary>Only matters on a server named by SUPERVISION_TEST_POSTGRES: the test process's own server goes with it.</summary>
    private static void DropPostgresTemplates()
    {
        foreach (var name in PostgresTemplates)
        {
            try { TestProvider.Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"); }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { }
        }
    }
}
