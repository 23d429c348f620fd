using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Supervision.Web.Data;

/// <summary>A save refused by a unique key, on either provider: SQLite's constraint error (19) or PostgreSQL's 23505.</summary>
public static class UniqueViolation
{
    /// <remarks>A concurrency conflict is a <see cref="DbUpdateException"/> too, but a different story: it is never one.</remarks>
    public static bool Is(DbUpdateException e) =>
        e is not DbUpdateConcurrencyException
        && e.InnerException is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
