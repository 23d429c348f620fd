using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Supervision.Web.Hosting;

namespace Supervision.Web.Features.ScaleOut;

/// <summary>
/// This instance's connection to Redis for the feed relay and the Data Protection key ring (SignalR's backplane keeps
/// its own). Opened on first use and never fatal: with AbortOnConnectFail off, an unreachable Redis gives a
/// multiplexer that keeps reconnecting by itself, and the app goes on serving its own screens meanwhile.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<ScaleOutOptions> options, InstanceIdentity instance, ILogger<RedisConnection> log)
    {
        _multiplexer = new(() =>
        {
            var configuration = ConfigurationOptions.Parse(options.Value.Redis);
            configuration.AbortOnConnectFail = false;
            configuration.ClientName = instance.Id;
            var multiplexer = ConnectionMultiplexer.Connect(configuration);
            multiplexer.ConnectionFailed += (_, e) => log.LogWarning(e.Exception, "Redis connection lost ({Failure} at {Endpoint}); reconnecting", e.FailureType, e.EndPoint);
            multiplexer.ConnectionRestored += (_, e) => log.LogInformation("Redis connection restored ({Endpoint})", e.EndPoint);
            if (!multiplexer.IsConnected) log.LogWarning("Redis {Redis} is not reachable yet; this instance keeps trying and serves its own screens meanwhile",
                options.Value.Redis);
            return multiplexer;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated) _multiplexer.Value.Dispose();
    }
}
