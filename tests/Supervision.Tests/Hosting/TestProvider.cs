using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Supervision.Web.Data;

namespace Supervision.Tests.Hosting;

/// <summary>
/// The database the integration tests run on. Supervision.Tests runs them on SQLite files; Supervision.Tests.Postgres
/// compiles the same test files with POSTGRES_SUITE and runs them on PostgreSQL, one throwaway database per test
/// database path (named from the path, dropped with it). The server is SUPERVISION_TEST_POSTGRES, or else one the test
/// process starts itself (<see cref="OwnServers"/>).
/// </summary>
public static class TestProvider
{
#if POSTGRES_SUITE
    public const DatabaseProvider Current = DatabaseProvider.Postgres;
#else
    public const DatabaseProvider Current = DatabaseProvider.Sqlite;
#endif

    public static bool IsSqlite => Current == DatabaseProvider.Sqlite;

    public static string PostgresServer => TestServers.Postgres;

    private static readonly Lazy<bool> Reachable = new(CheckServer);

    /// <summary>The app's connection string for a test database known by its (SQLite) path.</summary>
    public static string ConnectionFor(string databasePath)
    {
        if (IsSqlite) return $"Data Source={databasePath}";
        _ = Reachable.Value;
        return PostgresConnection(DatabaseNameFor(databasePath));
    }

    public static string PostgresConnection(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, MaxPoolSize = 20 }.ToString();

    public static string DatabaseNameFor(string databasePath) =>
        "svtest_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(databasePath))))[..32];

    /// <summary>Drops the test database of that path, if this suite made one (connections still open are ended).</summary>
    public static void Drop(string databasePath)
    {
        if (IsSqlite) return;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{DatabaseNameFor(databasePath)}\" WITH (FORCE)");
    }

    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresConnection("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static bool CheckServer()
    {
        try
        {
            Execute("SELECT 1");
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL test suite needs a server (a superuser that may create databases). Without " +
                $"SUPERVISION_TEST_POSTGRES it starts its own (apt-get install -y {OwnServers.Packages}); SUPERVISION_SKIP_SERVER_TESTS=1 " +
                "skips the PostgreSQL suite explicitly.", e);
        }
    }
}
