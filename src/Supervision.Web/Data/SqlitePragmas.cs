using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supervision.Web.Data;

/// <summary>
/// Per-connection SQLite settings: wait for a writer instead of failing at once (the simulator, ingestion and jobs write
/// concurrently), enforce foreign keys, sync less often than every commit, which WAL makes safe, and keep 32 MB of pages
/// per pooled connection instead of SQLite's 2 MB, which on a city-sized file made index updates read from the OS again
/// and again.
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default) =>
        await ApplyAsync(connection, ct);

    private string Sql => $"PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;";

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    private async Task ApplyAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
