using Microsoft.EntityFrameworkCore;
using Npgsql;
using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Data;

/// <summary>
/// Instances started together on one new PostgreSQL database take turns through start-up's one-off work (migrating,
/// loading the reference data and the demo city, making roles and demo accounts), so one does it and the others find it
/// done: a second demo city would collide on its keys and stop that instance.
/// </summary>
/// <remarks>A PostgreSQL session-level advisory lock, held on a connection of its own; nothing on SQLite (one instance).</remarks>
public sealed class StartupTurn(NpgsqlConnection? connection) : IAsyncDisposable
{
    // Any constant both instances agree on; "supervision init" in a 64-bit key space of this database.
    private const long Key = 0x5375_7065_7276_0001;

    public static async Task<StartupTurn> TakeAsync(IDbContextFactory<SupervisionDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!db.Database.IsNpgsql()) return new(null);
        await DatabaseInitializer.EnsureCreatedAsync(db, ct);
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
        await command.ExecuteNonQueryAsync(ct);
        return new(connection);
    }

    // Said explicitly: a pooled connection's session outlives its Dispose, and so would the lock. A crashed instance's
    // session ends, and its lock with it.
    public async ValueTask DisposeAsync()
    {
        if (connection is null) return;
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection)) await command.ExecuteNonQueryAsync();
        await connection.DisposeAsync();
    }
}
