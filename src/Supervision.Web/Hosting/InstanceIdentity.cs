using System.Security.Cryptography;

namespace Supervision.Web.Hosting;

/// <summary>
/// This app instance among several: names its Hangfire server and marks what it publishes to the other instances, so
/// that it can tell its own messages from theirs.
/// </summary>
public sealed class InstanceIdentity
{
    /// <summary>Machine, process and a random part: two instances in one process (the tests) differ too.</summary>
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}".ToLowerInvariant();
}
