using Microsoft.Extensions.Options;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>One subscriber of warning changes ("Warnings:Webhooks" elements): another government system's endpoint.</summary>
public sealed class WebhookTarget
{
    public const int MinSecretLength = 16;

    /// <summary>What a subscriber gets unless it names its own: warnings appearing, getting worse, coming back and clearing.</summary>
    public static readonly IReadOnlyList<WarningChangeKind> DefaultChanges =
        [WarningChangeKind.Raised, WarningChangeKind.Escalated, WarningChangeKind.Reopened, WarningChangeKind.Resolved];

    /// <summary>Identifies the target in the delivery jobs and the logs; unique.</summary>
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The HMAC key both sides hold; never logged, never sent.</summary>
    public string Secret { get; set; } = "";

    public WarningLevel MinLevel { get; set; } = WarningLevel.Blue;

    /// <summary>
    /// Null (or empty) means <see cref="DefaultChanges"/>: configuration binding appends to a list it finds, so a default
    /// list here could never be narrowed by configuration.
    /// </summary>
    public List<WarningChangeKind>? Changes { get; set; }

    public bool Wants(WarningNews news) =>
        news.Level >= MinLevel && (Changes is { Count: > 0 } own ? own : DefaultChanges).Contains(news.Change);
}

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
