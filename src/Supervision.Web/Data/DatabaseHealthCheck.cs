using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervision.Web.Data;

/// <summary>
/// The database as ingestion needs it: a real write (the one <see cref="HealthProbe"/> row), and on SQLite a read of
/// that write from the file now at the configured path. A file moved or deleted under the app leaves the app writing
/// to a file nobody will find (and a new connection would start an empty one), so that is unhealthy too.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<SupervisionDbContext> factory, TimeProvider time) : IHealthCheck
{
    private const string ProbeQuery = "SELECT \"WrittenAt\" AS \"Value\" FROM \"HealthProbes\" WHERE \"Id\" = 1";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var written = time.GetUtcNow().UtcDateTime;
        string? connection;
        string? stored = null;
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var probe = await db.HealthProbes.SingleOrDefaultAsync(p => p.Id == 1, ct);
            if (probe is null) db.HealthProbes.Add(new HealthProbe { Id = 1, WrittenAt = written });
            else probe.WrittenAt = written;
            await db.SaveChangesAsync(ct);
            connection = db.Database.IsSqlite() ? db.Database.GetConnectionString() : null;
            // As stored, to compare with what the file at the path holds (SQLite keeps instants as text).
            if (connection is not null) stored = await db.Database.SqlQueryRaw<string>(ProbeQuery).SingleAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException || StoreUnavailable.Is(e))
        {
            return HealthCheckResult.Unhealthy("数据库无法写入(磁盘已满、文件只读或被长时间锁定)。");
        }
        if (connection is null) return HealthCheckResult.Healthy("数据库可读写。");
        var path = new SqliteConnectionStringBuilder(connection).DataSource;
        if (!File.Exists(path)) return HealthCheckResult.Unhealthy("配置位置上的数据库文件已不存在(被移动或删除)，新写入的数据无处可寻。");
        try
        {
            // Not pooled: a pooled connection may still hold the file that was there before.
            await using var fresh = new SqliteConnection(new SqliteConnectionStringBuilder(connection) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await fresh.OpenAsync(ct);
            await using var read = fresh.CreateCommand();
            read.CommandText = ProbeQuery;
            return await read.ExecuteScalarAsync(ct) as string == stored
                ? HealthCheckResult.Healthy("数据库可读写。")
                : HealthCheckResult.Unhealthy("配置位置上的数据库文件不是正在使用的那个(文件被替换或移动)。");
        }
        catch (SqliteException)
        {
            return HealthCheckResult.Unhealthy("配置位置上的数据库文件无法打开或不是本系统的数据库。");
        }
    }
}
