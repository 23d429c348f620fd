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
