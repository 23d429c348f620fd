using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Data;

/// <summary>Free space on the disk of the database (a server database: of the data folder, where exports go) above <see cref="DatabaseOptions.MinFreeDiskMb"/>.</summary>
public sealed class DiskSpaceHealthCheck(IOptions<DatabaseOptions> options, IConfiguration configuration, IWebHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var o = options.Value;
        var folder = DataRegistration.DataFolder(o.Provider, DataRegistration.ConnectionOf(configuration, o.Provider), environment.ContentRootPath);
        long free;
        try
        {
            // The folder may not exist yet (a server database's data folder, before the first export): its disk is its nearest parent's.
            var path = Path.GetFullPath(folder);
            while (!Directory.Exists(path) && Path.GetDirectoryName(path) is { } parent) path = parent;
            free = new DriveInfo(path).AvailableFreeSpace / (1024 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("无法读取数据所在磁盘的剩余空间。"));
        }
        var data = new Dictionary<string, object> { ["freeMb"] = free, ["minFreeMb"] = o.MinFreeDiskMb };
        return Task.FromResult(free < o.MinFreeDiskMb
            ? HealthCheckResult.Unhealthy($"数据所在磁盘仅剩 {free} MB，低于下限 {o.MinFreeDiskMb} MB：请尽快清理或扩容，否则记录将无法写入。", data: data)
            : HealthCheckResult.Healthy($"数据所在磁盘剩余 {free} MB。", data));
    }
}
