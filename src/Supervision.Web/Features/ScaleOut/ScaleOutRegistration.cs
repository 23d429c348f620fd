using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Supervision.Web.Hosting;

namespace Supervision.Web.Features.ScaleOut;

/// <summary>
/// Several app instances behind one load balancer (docs/scale-out.md). With SignalR:Redis empty (one instance) only the
/// instance's identity is registered and nothing else changes. With it set:
/// - SignalR's Redis backplane, so a hub message sent on one instance reaches hub clients connected to any;
/// - the feed relay, so the in-process feeds the Blazor screens listen to hear the other instances' events too;
/// - the Data Protection key ring in Redis, so a sign-in cookie (and an antiforgery token) issued by one instance is
///   read by all.
/// </summary>
public static class ScaleOutRegistration
{
    /// <summary>One application name for every instance: by default Data Protection isolates apps by content-root path, which differs between machines.</summary>
    public const string ApplicationName = "Supervision";

    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InstanceIdentity>();
        builder.Services.AddOptions<ScaleOutOptions>().BindConfiguration(ScaleOutOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Registration depends on whether Redis is set at all; the options' validation (at start) judges the value.
        var configured = builder.Configuration.GetSection(ScaleOutOptions.Section).Get<ScaleOutOptions>() ?? new ScaleOutOptions();
        if (!configured.Enabled) return builder;

        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<FeedRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedRelay>());

        builder.Services.AddSignalR().AddStackExchangeRedis(configured.Redis, o =>
        {
            o.Configuration.ChannelPrefix = RedisChannel.Literal(configured.SignalRPrefix);
            // Start and serve this instance's own clients while Redis is away; the backplane reconnects by itself.
            o.Configuration.AbortOnConnectFail = false;
        });

        // The key ring in Redis rather than a shared folder: every instance already reaches this Redis, while a folder
        // shared between machines is one more thing to set up (and the app's database belongs to Data/). Keys are read
        // when a ring is first needed and refreshed by Data Protection itself; a Redis that loses its data (no
        // persistence) only signs everyone out once.
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<RedisConnection, IOptions<ScaleOutOptions>>((o, redis, options) =>
            o.XmlRepository = new RedisXmlRepository(() => redis.Multiplexer.GetDatabase(), options.Value.DataProtectionKey));
        return builder;
    }
}
