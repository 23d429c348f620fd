using Microsoft.Data.Sqlite;
using Npgsql;

namespace Supervision.Web.Data;

/// <summary>
/// A failure of the database rather than of the request: the disk is full, the file is locked longer than the busy
/// timeout, cannot be opened or read, or the server is unreachable or refusing connections. The request may succeed
/// later, so the API answers 503 with Retry-After instead of 500.
/// </summary>
public static class StoreUnavailable
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB.
    private static readonly int[] SqliteCodes = [5, 6, 8, 10, 11, 13, 14, 26];

    // disk_full, out_of_memory, too_many_connections, lock_not_available, admin_shutdown, crash_shutdown, cannot_connect_now.
    private static readonly string[] PostgresStates = ["53100", "53200", "53300", "55P03", "57P01", "57P02", "57P03"];

    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when SqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF):
                case PostgresException pg when PostgresStates.Contains(pg.SqlState) || pg.SqlState.StartsWith("08", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                case IOException:
                    return true;
            }
        }
        return false;
    }
}
