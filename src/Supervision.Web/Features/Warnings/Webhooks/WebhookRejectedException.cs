namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>A subscriber refused the delivery for good (a 4xx other than 408/429): retrying the same request cannot help.</summary>
public sealed class WebhookRejectedException(string message) : Exception(message);
