using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace Supervision.Web.Features.ScaleOut;

/// <summary>"SignalR" in configuration: the Redis that joins several app instances (docs/scale-out.md).</summary>
public sealed class ScaleOutOptions : IValidatableObject
{
    public const string Section = "SignalR";

    /// <summary>StackExchange.Redis configuration ("host:6379", "host:6379,password=…,ssl=true"); empty = one instance, no Redis.</summary>
    public string Redis { get; set; } = "";

    /// <summary>
    /// Prefix of every Redis channel and key this deployment uses (SignalR's backplane, the feed relay, the Data
    /// Protection key ring), so several deployments, or test runs, can share one Redis without hearing each other.
    /// </summary>
    [Required, RegularExpression("^[A-Za-z0-9_.:-]{1,64}$", ErrorMessage = "SignalR:ChannelPrefix must be 1-64 letters, digits or _ . : -.")]
    public string ChannelPrefix { get; set; } = "supervision";

    public bool Enabled => !string.IsNullOrWhiteSpace(Redis);

    public string FeedChannel => $"{ChannelPrefix}:feeds";

    public string SignalRPrefix => $"{ChannelPrefix}:signalr";

    public string DataProtectionKey => $"{ChannelPrefix}:data-protection-keys";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        string? problem = null;
        try
        {
            if (ConfigurationOptions.Parse(Redis).EndPoints.Count == 0) problem = "it names no host";
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }
        if (problem is not null)
            yield return new ValidationResult($"SignalR:Redis is not a Redis configuration (e.g. \"redis:6379\"): {problem}.", [nameof(Redis)]);
    }
}
