using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Throwaway PostgreSQL 15 and Redis servers of this test process, started from Debian's installed binaries
/// (postgresql-15, redis-server) on free loopback ports the first time a test asks for one, and gone with the process:
/// a small shell watchdog beside each server stops it and removes its folder as soon as this process has ended, however
/// it ended (a test host killed by a timeout leaves nothing behind). Nothing to configure, nothing shared with another
/// run or another checkout.
/// </summary>
public static class OwnServers
{
    public const string PostgresBin = "/usr/lib/postgresql/15/bin";
    public const string Packages = "postgresql-15 redis-server";

    private static readonly Lazy<string> PostgresServer = new(StartPostgres);
    private static readonly Lazy<string> RedisServer = new(StartRedis);
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("supervision-servers-");
        // The postgres user must reach its folder inside.
        if (!OperatingSystem.IsWindows()) root.UnixFileMode |= UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return root.FullName;
    });
    private static readonly List<Process> Watchdogs = [];

    public static bool PostgresInstalled => File.Exists(Path.Combine(PostgresBin, "initdb")) && File.Exists(Path.Combine(PostgresBin, "postgres"));

    public static string? RedisBinary => new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    /// <summary>A superuser's connection string (no database), starting the server on first use.</summary>
    public static string Postgres => PostgresServer.Value;

    /// <summary>host:port, starting the server on first use.</summary>
    public static string Redis => RedisServer.Value;

    private static string StartPostgres()
    {
        if (!PostgresInstalled) throw new InvalidOperationException($"PostgreSQL 15 is not installed ({PostgresBin}): apt-get install -y {Packages}.");
        var dir = Directory.CreateDirectory(Path.Combine(Root.Value, "postgres")).FullName;
        // PostgreSQL refuses to run as root, and the tests often run as root (CI, containers). setpriv (util-linux, always
        // there) runs the binaries as the postgres user the package created: unlike su or runuser there is no PAM session
        // and no shell quoting, and the server stays a child of the watchdog, which can then stop it.
        string[] asOwner = [];
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", "postgres:postgres", dir);
            asOwner = ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"];
        }
        var data = Path.Combine(dir, "data");
        // C.UTF-8: the same sorting and encoding on every machine, whatever the environment's locale (often none in CI).
        Run([.. asOwner, Path.Combine(PostgresBin, "initdb"), "-D", data, "-U", "supervision", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            workingDirectory: dir);
        var port = FreePort();
        // No durability for a throwaway server; enough connections for the suites' test apps, each with a pool of its own.
        StartWatched(dir, [.. asOwner, Path.Combine(PostgresBin, "postgres"), "-D", data, "-p", port.ToString(), "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=", "-c", "max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        var connection = $"Host=127.0.0.1;Port={port};Username=supervision;Password=supervision";
        Wait.Until(() => Answers(connection), TimeSpan.FromSeconds(60), $"the test PostgreSQL server on port {port} to accept connections");
        return connection;
    }

    private static string StartRedis()
    {
        var binary = RedisBinary ?? throw new InvalidOperationException($"Redis is not installed (redis-server): apt-get install -y {Packages}.");
        var dir = Directory.CreateDirectory(Path.Combine(Root.Value, "redis")).FullName;
        var port = FreePort();
        StartWatched(dir, [binary, "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir]);
        Wait.Until(() => Listens(port), TimeSpan.FromSeconds(30), $"the test Redis server on port {port} to accept connections");
        return $"127.0.0.1:{port}";
    }

    /// <summary>
    /// Starts the server under a watchdog that stops it (SIGINT: PostgreSQL's fast shutdown, Redis's normal one) and removes
    /// its folder once this process is gone, or at once when told (SIGTERM at this process's exit).
    /// </summary>
    private static void StartWatched(string dir, string[] command)
    {
        const string script = """
            parent=$1; dir=$2; shift 2
            "$@" >"$dir/server.log" 2>&1 &
            child=$!
            stop() { kill -INT "$child" 2>/dev/null; wait "$child"; rm -rf "$dir"; rmdir "$(dirname "$dir")" 2>/dev/null; exit 0; }
            trap stop TERM INT
            while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
            stop
            """;
        var start = new ProcessStartInfo("sh")
        {
            // Its own streams: the test host's, inherited, would be held open a moment after the host has gone.
            WorkingDirectory = dir, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in (string[])["-c", script, "watchdog", Environment.ProcessId.ToString(), dir, .. command]) start.ArgumentList.Add(arg);
        var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start sh.");
        lock (Watchdogs)
        {
            if (Watchdogs.Count == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
            Watchdogs.Add(watchdog);
        }
    }

    private static void StopAll()
    {
        lock (Watchdogs)
        {
            foreach (var watchdog in Watchdogs)
            {
                try
                {
                    Run("kill", "-TERM", watchdog.Id.ToString());
                    watchdog.WaitForExit(TimeSpan.FromSeconds(10));
                }
                catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Already gone: the watchdog cleans up by itself.
                }
            }
        }
    }

    private static void Run(params string[] command) => Run(command, workingDirectory: null);

    private static void Run(string[] command, string? workingDirectory)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var arg in command[1..]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}: {output.Result}{error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Answers(string connection)
    {
        try
        {
            using var c = new NpgsqlConnection(connection + ";Database=postgres;Pooling=false;Timeout=2");
            c.Open();
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static bool Listens(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
