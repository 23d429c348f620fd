using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Runs the health checks (the ones <c>/health</c> answers with) every <see cref="IngestionOptions.HealthCheckSeconds"/>
/// and tells <see cref="IngestionStatus"/> which fail, so that operators see a failing database or a filling disk on
/// their screens, not only a monitor polling <c>/health</c>.
/// </summary>
public sealed class HealthWatch(HealthCheckService checks, IngestionStatus status, IOptions<IngestionOptions> options, TimeProvider time,
    ILogger<HealthWatch> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HealthCheckSeconds), time);
        do
        {
            try
            {
                var report = await checks.CheckHealthAsync(stoppingToken);
                status.Checked([.. report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).Order()]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The periodic health check failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
