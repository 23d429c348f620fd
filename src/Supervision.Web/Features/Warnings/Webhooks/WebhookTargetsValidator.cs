using Microsoft.Extensions.Options;

namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>Checks the webhook list at start-up, so a mistyped URL or a short secret stops the app with the field named.</summary>
public sealed class WebhookTargetsValidator : IValidateOptions<WarningOptions>
{
    public ValidateOptionsResult Validate(string? name, WarningOptions options)
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            var t = options.Webhooks[i];
            var field = $"{WarningOptions.Section}:Webhooks:{i}";
            if (string.IsNullOrWhiteSpace(t.Name)) errors.Add($"{field}:Name is required.");
            else if (!names.Add(t.Name)) errors.Add($"{field}:Name \"{t.Name}\" is used by another webhook; names must be unique.");
            if (!Uri.TryCreate(t.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                errors.Add($"{field}:Url must be an absolute http or https URL (got \"{t.Url}\").");
            // The secret itself never appears in a message: start-up errors end up in logs.
            if (string.IsNullOrEmpty(t.Secret) || t.Secret.Length < WebhookTarget.MinSecretLength)
                errors.Add($"{field}:Secret is required and must be at least {WebhookTarget.MinSecretLength} characters.");
            if (!Enum.IsDefined(t.MinLevel)) errors.Add($"{field}:MinLevel must be Blue, Yellow, Orange or Red.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
