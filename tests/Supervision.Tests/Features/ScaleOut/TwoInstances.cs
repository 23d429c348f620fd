using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.LiveStream;
using Supervision.Web.Features.ScaleOut;
using Supervision.Web.Hosting;

namespace Supervision.Tests.Features.ScaleOut;

/// <summary>
/// Two app instances, A and B, as behind a load balancer: one throwaway PostgreSQL database holding the app's tables and
/// Hangfire's queue (in its schema, through the fallback to the app's connection string, as a deployment would have it),
/// one Redis with a channel prefix of their own. A starts first and seeds the demo city; B starts on it.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    // Only a path SupervisionApp wants: the settings below replace its database with the shared PostgreSQL one.
    private readonly TempDatabase _appDatabase = new();
    private readonly Dictionary<string, string> _settings;
    private bool _aDisposed;

    private TwoInstances(ThrowawayDatabase hangfire, string prefix, IReadOnlyDictionary<string, string>? settings)
    {
        Hangfire = hangfire;
        Prefix = prefix;
        _settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Supervision"] = hangfire.ConnectionString,
            ["Hangfire:Storage"] = "Postgres",
            ["SignalR:Redis"] = TestServers.Redis,
            ["SignalR:ChannelPrefix"] = prefix,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) _settings[k] = v;
        A = new SupervisionApp(_appDatabase.Path, demo: true, settings: _settings);
        B = new SupervisionApp(_appDatabase.Path, demo: false, settings: _settings);
    }

    public ThrowawayDatabase Hangfire { get; }

    public string Prefix { get; }

    public SupervisionApp A { get; }

    public SupervisionApp B { get; }

    /// <summary>The settings both instances run with (Hangfire's connection string, Redis, the prefix, the test's own).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    /// <summary>Where the instances keep their shared Data Protection key ring.</summary>
    public string DataProtectionKey => $"{Prefix}:data-protection-keys";

    /// <summary>Starts A (which seeds), then B unless told not to; each listens to the other's feeds before this returns.</summary>
    public static async Task<TwoInstances> StartAsync(string purpose, IReadOnlyDictionary<string, string>? settings = null, bool startB = true)
    {
        // Fail with what to install before any app starts.
        using (await TestServers.ConnectRedisAsync()) { }
        var hangfire = await TestServers.CreateDatabaseAsync(purpose);
        var two = new TwoInstances(hangfire, TestServers.UniquePrefix(purpose), settings);
        try
        {
            await Start(two.A);
            if (startB) await two.StartBAsync();
            return two;
        }
        catch
        {
            await two.DisposeAsync();
            throw;
        }
    }

    public Task StartBAsync() => Start(B);

    private static async Task Start(SupervisionApp app)
    {
        _ = app.Server;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await app.Services.GetRequiredService<FeedRelay>().Subscribed.WaitAsync(timeout.Token);
    }

    /// <summary>
    /// Waits until a hub group has a subscriber in Redis. A SignalR client's start returns before the hub's
    /// OnConnectedAsync has put it in its group, and with the backplane that means a Redis SUBSCRIBE: a message sent to
    /// the group before it lands would pass the client by.
    /// </summary>
    public async Task WaitForHubGroupAsync(string group)
    {
        using var redis = await TestServers.ConnectRedisAsync();
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var pattern = StackExchange.Redis.RedisChannel.Pattern($"{Prefix}:signalr*:group:{group}");
        await Wait.UntilAsync(async () => (await server.SubscriptionChannelsAsync(pattern)).Length > 0, TimeSpan.FromSeconds(20),
            $"a subscriber to hub group {group} under {Prefix}");
    }

    public static string ServerOf(SupervisionApp app) => app.Services.GetRequiredService<InstanceIdentity>().Id;

    public IMonitoringApi Monitoring => B.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

    public Task<SupervisionDbContext> Db(SupervisionApp app) => app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    /// <summary>Every job Hangfire holds for a method, whatever its state, with its history (newest state first).</summary>
    public IReadOnlyList<(string Id, JobDetailsDto Details)> Jobs(string method)
    {
        var monitoring = Monitoring;
        var ids = monitoring.SucceededJobs(0, 10_000).Where(j => j.Value.Job?.Method.Name == method).Select(j => j.Key)
            .Concat(monitoring.ProcessingJobs(0, 10_000).Where(j => j.Value.Job?.Method.Name == method).Select(j => j.Key))
            .Concat(monitoring.EnqueuedJobs("default", 0, 10_000).Where(j => j.Value.Job?.Method.Name == method).Select(j => j.Key))
            .Concat(monitoring.FailedJobs(0, 10_000).Where(j => j.Value.Job?.Method.Name == method).Select(j => j.Key))
            .Distinct();
        return [.. ids.Select(id => (id, monitoring.JobDetails(id)))];
    }

    /// <summary>Stops A as a load balancer's instance is stopped (Hangfire's graceful shutdown included).</summary>
    public async Task StopAAsync()
    {
        if (_aDisposed) return;
        _aDisposed = true;
        await A.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await StopAAsync();
        await Hangfire.DisposeAsync();
        // Leave nothing in the shared Redis (pub/sub channels keep nothing; the key ring does).
        using (var redis = await TestServers.ConnectRedisAsync()) await redis.GetDatabase().KeyDeleteAsync(DataProtectionKey);
        _appDatabase.Dispose();
    }

    /// <summary>A SignalR client of the activity hub on <paramref name="app"/>, signed in with <paramref name="cookie"/> (from either instance).</summary>
    public static HubConnection HubClient(SupervisionApp app, string cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.Server.BaseAddress, ActivityHub.Path), o =>
        {
            o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            o.Headers["Cookie"] = cookie;
        })
        .Build();

    /// <summary>A valid inspection for the ingestion API, of a new enterprise with a fresh credit code.</summary>
    public static JsonObject InspectionRecord(string partyName, string[] officers)
    {
        var body = $"6{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        return new JsonObject
        {
            ["id"] = $"S-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = partyName, ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) },
            ["kind"] = "DoubleRandom",
            ["preFiledAt"] = "2026-11-22T08:00:00+08:00",
            ["startedAt"] = "2026-11-22T09:00:00+08:00",
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray([.. officers.Select(o => (JsonNode)o!)]),
        };
    }
}
