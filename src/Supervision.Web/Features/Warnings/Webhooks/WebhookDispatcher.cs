using Hangfire;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>
/// Drains the feed's webhook queue and queues one delivery job per change and interested target: the HTTP calls and
/// their retries live in Hangfire, never in the evaluation that published the change.
/// </summary>
public sealed class WebhookDispatcher(WarningFeed feed, IBackgroundJobClient jobs, IOptions<WarningOptions> options, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var targets = options.Value.Webhooks;
        // Drained even without targets: the queue is bounded and would otherwise only hold stale news.
        await foreach (var news in feed.WebhookQueue.ReadAllAsync(stoppingToken))
        {
            foreach (var target in targets.Where(t => t.Wants(news)))
            {
                try
                {
                    var name = target.Name;
                    var json = WebhookPayload.Of(news).ToJson();
                    jobs.Enqueue<WebhookDelivery>(d => d.SendAsync(name, json, CancellationToken.None));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning(ex, "Could not queue the webhook delivery of warning {Warning} to {Target}", news.WarningId, target.Name);
                }
            }
        }
    }
}
