using Npgsql;
using StackExchange.Redis;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Tests against real servers (PostgreSQL 15, Redis 7 on loopback; .ci/run installs and starts them). They run
/// everywhere unless SUPERVISION_SKIP_SERVER_TESTS=1 says otherwise; an unreachable server fails them with what to do.
/// </summary>
public sealed class ServerFactAttribute : FactAttribute
{
    public ServerFactAttribute()
    {
        if (TestServers.Skipped) Skip = "Server tests skipped because SUPERVISION_SKIP_SERVER_TESTS=1.";
    }
}

/// <summary>Where the test servers are, and throwaway databases and key prefixes on them.</summary>
public static class TestServers
{
    public const string PostgresVariable = "SUPERVISION_TEST_POSTGRES";
    public const string RedisVariable = "SUPERVISION_TEST_REDIS";

    public static bool Skipped => Environment.GetEnvironmentVariable("SUPERVISION_SKIP_SERVER_TESTS") == "1";

    /// <summary>A superuser's connection to the server (no database: each test makes its own).</summary>
    public static string Postgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s
        ? s
        : "Host=127.0.0.1;Port=5432;Username=supervision;Password=supervision";

    public static string Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } s ? s : "127.0.0.1:6379";

    /// <summary>A prefix for Redis channels and keys no other test (or deployment sharing the server) uses.</summary>
    public static string UniquePrefix(string purpose) => Cut($"test-{purpose}-{Guid.NewGuid():N}", 64);

    /// <summary>A new, empty PostgreSQL database, dropped when disposed.</summary>
    public static async Task<ThrowawayDatabase> CreateDatabaseAsync(string purpose)
    {
        // PostgreSQL keeps 63 bytes of a name; the unique part is in front.
        var name = Cut($"st_{Guid.NewGuid():N}_{purpose}".ToLowerInvariant(), 63);
        try
        {
            await using var connection = new NpgsqlConnection(On("postgres"));
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at \"{Redacted(Postgres)}\" ({e.Message}). Install and start PostgreSQL 15 with a superuser " +
                $"supervision/supervision (see .ci/run: apt-get install -y postgresql-15; pg_ctlcluster 15 main start), or set {PostgresVariable} " +
                "to a superuser's connection string, or set SUPERVISION_SKIP_SERVER_TESTS=1 to skip the server tests.", e);
        }
        return new ThrowawayDatabase(name, On(name));
    }

    /// <summary>A connection to Redis, or a failure saying how to get one.</summary>
    public static async Task<ConnectionMultiplexer> ConnectRedisAsync()
    {
        try
        {
            var options = ConfigurationOptions.Parse(Redis);
            options.ConnectTimeout = 3000;
            return await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at {Redis} ({e.Message}). Install and start Redis 7 (see .ci/run: apt-get install -y redis-server; " +
                $"redis-server --daemonize yes --port 6379 --bind 127.0.0.1 --save ''), or set {RedisVariable}, or set " +
                "SUPERVISION_SKIP_SERVER_TESTS=1 to skip the server tests.", e);
        }
    }

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..length];

    private static string On(string database) => new NpgsqlConnectionStringBuilder(Postgres) { Database = database }.ConnectionString;

    private static string Redacted(string connection) => new NpgsqlConnectionStringBuilder(connection) { Password = null }.ConnectionString;
}

/// <summary>A PostgreSQL database made for one test.</summary>
public sealed class ThrowawayDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        // The apps' pooled connections would keep it open; FORCE ends whatever is left (PostgreSQL 13+).
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
