using Npgsql;
using StackExchange.Redis;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Tests against real servers (PostgreSQL 15, Redis 7): the test process starts its own from the installed binaries
/// (<see cref="OwnServers"/>), or uses the servers SUPERVISION_TEST_POSTGRES / SUPERVISION_TEST_REDIS name. Where neither
/// is there they are skipped, saying which packages to install, unless SUPERVISION_REQUIRE_SERVER_TESTS=1 (.ci/run) makes
/// them run and fail; SUPERVISION_SKIP_SERVER_TESTS=1 skips them on purpose.
/// </summary>
public sealed class ServerFactAttribute : FactAttribute
{
    public ServerFactAttribute()
    {
        if (TestServers.Skipped) Skip = "Server tests skipped because SUPERVISION_SKIP_SERVER_TESTS=1.";
        else if (TestServers.Missing is { } missing && !TestServers.Required) Skip = missing;
    }
}

/// <summary>Where the test servers are, and throwaway databases and key prefixes on them.</summary>
public static class TestServers
{
    public const string PostgresVariable = "SUPERVISION_TEST_POSTGRES";
    public const string RedisVariable = "SUPERVISION_TEST_REDIS";

    public static bool Skipped => Environment.GetEnvironmentVariable("SUPERVISION_SKIP_SERVER_TESTS") == "1";

    /// <summary>CI's guard: a server test that cannot run fails instead of being skipped.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("SUPERVISION_REQUIRE_SERVER_TESTS") == "1";

    /// <summary>Why the server tests cannot run here (what to install), or null when they can.</summary>
    public static string? Missing =>
        (Configured(PostgresVariable) is not null || OwnServers.PostgresInstalled) && (Configured(RedisVariable) is not null || OwnServers.RedisBinary is not null)
            ? null
            : $"SKIPPED: server tests need PostgreSQL 15 and Redis, which are not installed: apt-get install -y {OwnServers.Packages} " +
              $"(or set {PostgresVariable} and {RedisVariable} to servers of yours).";

    /// <summary>A superuser's connection to the server (no database: each test makes its own).</summary>
    public static string Postgres => Configured(PostgresVariable) ?? OwnServers.Postgres;

    public static string Redis => Configured(RedisVariable) ?? OwnServers.Redis;

    private static string? Configured(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } s ? s : null;

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
                $"PostgreSQL is not reachable at \"{Redacted(Postgres)}\" ({e.Message}). Without {PostgresVariable} the tests start their own " +
                $"server (apt-get install -y {OwnServers.Packages}); with it, it must name a reachable superuser's connection. " +
                "SUPERVISION_SKIP_SERVER_TESTS=1 skips the server tests.", e);
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
                $"Redis is not reachable at {Redis} ({e.Message}). Without {RedisVariable} the tests start their own server " +
                $"(apt-get install -y {OwnServers.Packages}); with it, it must name a reachable server. SUPERVISION_SKIP_SERVER_TESTS=1 " +
                "skips the server tests.", e);
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
