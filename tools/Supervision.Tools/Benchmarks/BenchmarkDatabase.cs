using Npgsql;
using Supervision.Web.Data;
using Supervision.Web.Hosting;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// The throwaway database a <c>bench</c> command runs the app on, so its writes never land in the database it was given:
/// a copy of the SQLite file of <c>--db PATH</c>, or, with <c>--postgres "Host=…;Database=jinan;…"</c>, a database
/// made from that one as a template (PostgreSQL copies the files; the template must have no open connections). Dropped
/// or deleted afterwards.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;
    private readonly List<string> _siblings = [];

    private BenchmarkDatabase(DatabaseProvider provider, string connection, string folder, string? postgresAdmin = null, string? postgresName = null)
    {
        Provider = provider;
        Connection = connection;
        Folder = folder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string Connection { get; }

    /// <summary>A temporary folder of the run's own (SQLite file, exports, side files).</summary>
    public string Folder { get; }

    /// <summary>The app's command-line settings for this database.</summary>
    public string[] AppArguments =>
        [$"--Database:Provider={Provider}", $"--ConnectionStrings:Supervision={Connection}", $"--Exports:Directory={Path.Combine(Folder, "exports")}"];

    /// <summary>
    /// The app as every benchmark runs it: on this database (the demo city if empty), on a loopback port, without the
    /// simulator or the start-up sweep racing the measurement, logging only warnings; started.
    /// </summary>
    public async Task<WebApplication> StartAppAsync(params string[] settings)
    {
        var app = SupervisionHost.Build(
        [
            "--environment", "Benchmark", "--urls", "http://127.0.0.1:0", .. AppArguments,
            "--Demo:Enabled=true", "--Simulator:Enabled=false", "--Warnings:SweepOnStart=false", "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        await SupervisionHost.ComposeAsync(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>Reads <c>--db</c> / <c>--postgres</c>; null (after saying why) when the source is missing and one is required.</summary>
    public static async Task<BenchmarkDatabase?> FromArgumentsAsync(string[] args, TextWriter output, bool required, string usage)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var folder = Directory.CreateTempSubdirectory("supervision-bench-").FullName;
        if (Option("--postgres") is { } postgres)
        {
            var source = new NpgsqlConnectionStringBuilder(postgres);
            var name = $"supervision_bench_{Guid.NewGuid():N}"[..40];
            var admin = new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false }.ToString();
            try
            {
                await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{source.Database}\"");
            }
            catch (PostgresException e)
            {
                output.WriteLine($"cannot copy PostgreSQL database {source.Database}: {e.MessageText}; make it with: seed --profile jinan --postgres \"{postgres}\"");
                Directory.Delete(folder, recursive: true);
                return null;
            }
            return new BenchmarkDatabase(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ToString(), folder, admin, name);
        }
        var path = Option("--db");
        if (path is null ? required : !File.Exists(path))
        {
            output.WriteLine(path is null ? usage : $"no database at {path}; make one with: seed --profile jinan --db {path}");
            Directory.Delete(folder, recursive: true);
            return null;
        }
        var copy = Path.Combine(folder, "bench.db");
        if (path is not null)
            foreach (var suffix in new[] { "", "-wal" })
                if (File.Exists(path + suffix)) File.Copy(path + suffix, copy + suffix);
        return new BenchmarkDatabase(DatabaseProvider.Sqlite, $"Data Source={copy}", folder);
    }

    /// <summary>
    /// A second, empty database of the same provider (a fresh file, or a new database on the same server that migrating
    /// creates), dropped with this one: for comparisons with writing straight into the database.
    /// </summary>
    public string Sibling(string suffix)
    {
        if (_postgresAdmin is null) return $"Data Source={Path.Combine(Folder, suffix + ".db")}";
        var name = $"{_postgresName}_{suffix}";
        _siblings.Add(name);
        return new NpgsqlConnectionStringBuilder(Connection) { Database = name }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            foreach (var name in _siblings.Prepend(_postgresName!))
                await ExecuteAsync(_postgresAdmin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        else Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
