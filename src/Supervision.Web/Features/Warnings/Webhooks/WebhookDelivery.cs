using System.ComponentModel;
using System.Globalization;
using System.Net;
using System.Text;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>
/// The Hangfire job that POSTs one signed payload to one target. Network errors and non-2xx answers throw, so Hangfire
/// retries with growing delays (about 5½ hours in all); the payload, and with it the delivery id, is the job's argument
/// and the same on every attempt, while the timestamp and signature are fresh each time.
/// </summary>
public sealed class WebhookDelivery(IHttpClientFactory http, IOptionsMonitor<WarningOptions> options, TimeProvider time, ILogger<WebhookDelivery> log)
{
    public const string ClientName = "warning-webhooks";

    [AutomaticRetry(Attempts = 8, DelaysInSeconds = [15, 60, 300, 600, 1200, 1800, 3600, 3600 * 3], ExceptOn = [typeof(WebhookRejectedException)])]
    [DisplayName("预警推送 {0}")]
    public async Task SendAsync(string targetName, string payloadJson, CancellationToken ct)
    {
        var target = options.CurrentValue.Webhooks.FirstOrDefault(t => t.Name == targetName);
        if (target is null)
        {
            // Configuration changed since the job was queued: nobody to deliver to any more.
            log.LogWarning("Webhook {Target} is no longer configured; delivery dropped", targetName);
            return;
        }
        var payload = WebhookPayload.FromJson(payloadJson);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
        {
            Content = new StringContent(payloadJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Supervision-Event", payload.Event);
        request.Headers.Add("X-Supervision-Delivery", payload.Id);
        request.Headers.Add("X-Supervision-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Supervision-Signature", WebhookSignature.Sign(target.Secret, timestamp, payloadJson));

        using var response = await http.CreateClient(ClientName).SendAsync(request, ct);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            log.LogInformation("Webhook {Target} accepted delivery {Delivery} ({Event}, warning {Warning}): {Status}",
                targetName, payload.Id, payload.Event, payload.WarningId, status);
            return;
        }
        if (status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
        {
            log.LogWarning("Webhook {Target} refused delivery {Delivery} ({Event}, warning {Warning}) with {Status}; not retried",
                targetName, payload.Id, payload.Event, payload.WarningId, status);
            throw new WebhookRejectedException($"Webhook {targetName} answered {status}; a client error is not retried.");
        }
        throw new HttpRequestException($"Webhook {targetName} answered {status} to delivery {payload.Id}.", null, response.StatusCode);
    }
}
