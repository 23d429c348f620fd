namespace Supervision.Web.Data;

/// <summary>SQLite is the embedded default (one file, one process); PostgreSQL serves several instances (docs/scale-out.md).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
