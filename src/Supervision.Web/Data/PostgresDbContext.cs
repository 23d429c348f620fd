using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Data;

/// <summary>
/// The model of <see cref="SupervisionDbContext"/> on PostgreSQL. A type of its own only because EF Core finds
/// migrations by context type: SQLite's are in Data/Migrations/Sqlite, PostgreSQL's in Data/Migrations/Postgres.
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : SupervisionDbContext(options);
