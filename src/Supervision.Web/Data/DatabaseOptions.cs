using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Five seconds: longer than any one write transaction of the app takes, short enough to answer a stuck request.</summary>
    public const int DefaultBusyTimeoutMs = 5_000;

    /// <summary>How long a writer waits for SQLite's lock before giving up.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = DefaultBusyTimeoutMs;

    /// <summary>
    /// Below this much free space (megabytes) on the database's disk (a server database: the data folder's), /health
    /// reports unhealthy: operators hear of a filling disk before writes start failing.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MinFreeDiskMb { get; set; } = 200;
}
