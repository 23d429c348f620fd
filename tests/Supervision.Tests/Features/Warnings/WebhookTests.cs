using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>A subscriber's endpoint: a real Kestrel server on a free port that records every POST and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Delivery(int WarningId, string Body, string? Event, string? DeliveryId, string? Timestamp, string? Signature);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Delivery> _received = new();

    /// <summary>The status to answer for a warning id and how many deliveries of it came before (0 for the first).</summary>
    public Func<int, int, int> Answer { get; set; } = (_, _) => 200;

    public string Url { get; }

    private WebhookReceiver(WebApplication app, string url) => (_app, Url) = (app, url);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? self = null;
        app.MapPost("/hooks/warnings", async (HttpContext ctx) =>
        {
            var body = await new StreamReader(ctx.Request.Body, Encoding.UTF8).ReadToEndAsync();
            var warningId = JsonDocument.Parse(body).RootElement.GetProperty("warningId").GetInt32();
            var before = self!._received.Count(d => d.WarningId == warningId);
            string? H(string name) => ctx.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
            self._received.Enqueue(new Delivery(warningId, body, H("X-Supervision-Event"), H("X-Supervision-Delivery"),
                H("X-Supervision-Timestamp"), H("X-Supervision-Signature")));
            return Results.StatusCode(self.Answer(warningId, before));
        });
        await app.StartAsync();
        self = new WebhookReceiver(app, app.Urls.Single() + "/hooks/warnings");
        return self;
    }

    public IReadOnlyList<Delivery> Of(int warningId) => _received.Where(d => d.WarningId == warningId).ToList();

    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int warningId, int count, int seconds = 20)
    {
        await Wait.UntilAsync(() => Of(warningId).Count >= count, TimeSpan.FromSeconds(seconds), $"{count} deliveries of warning {warningId}");
        return Of(warningId);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>The app (no demo data, no start-up sweep: only the news a test publishes) with one webhook to the receiver.</summary>
public sealed class WebhookApp : IAsyncLifetime
{
    public const string Secret = "s3cret-of-the-registry-2026";

    private readonly TempDatabase _db = new();
    public WebhookReceiver Receiver { get; private set; } = default!;
    public SupervisionApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        App = new SupervisionApp(_db.Path, demo: false, settings: new Dictionary<string, string>
        {
            ["Warnings:SweepOnStart"] = "false",
            ["Warnings:Webhooks:0:Name"] = "credit-registry",
            ["Warnings:Webhooks:0:Url"] = Receiver.Url,
            ["Warnings:Webhooks:0:Secret"] = Secret,
            ["Warnings:Webhooks:0:MinLevel"] = "Yellow",
        });
        _ = App.Services; // starts the host, and with it the dispatcher and the Hangfire server
    }

    public void Publish(params WarningNews[] news) => App.Services.GetRequiredService<WarningFeed>().Publish(news);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Receiver.DisposeAsync();
        _db.Dispose();
    }
}

public class WebhookTests(WebhookApp fixture) : IClassFixture<WebhookApp>
{
    private static WarningNews News(int warningId, WarningLevel level, WarningChangeKind change = WarningChangeKind.Raised) =>
        new(warningId, "overdue-complaint", "投诉举报逾期未办结", change, level, WarningStatus.Open, $"投诉#{warningId}逾期未办结",
            $"投诉#{warningId}已超过办理期限3天", 12, 34, new DateTime(2026, 3, 2, 1, 2, 3, DateTimeKind.Utc), "supervisor");

    /// <summary>The receiver's side of the check, written from the documentation rather than with the app's helper.</summary>
    private static bool Verifies(WebhookReceiver.Delivery d, string secret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{d.Timestamp}.{d.Body}"));
        return d.Signature == "sha256=" + Convert.ToHexStringLower(mac);
    }

    private IMonitoringApi Monitoring => fixture.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

    private static bool IsFor(Hangfire.Common.Job? job, int warningId) => job?.Args.Any(a => a is string s && s.Contains($"\"warningId\":{warningId},")) == true;

    [Fact]
    public async Task A_raised_warning_reaches_the_subscriber_as_signed_json_without_personal_data()
    {
        fixture.Publish(News(1001, WarningLevel.Orange));

        var d = (await fixture.Receiver.WaitForAsync(1001, 1)).Single();
        Assert.True(Verifies(d, WebhookApp.Secret));
        Assert.False(Verifies(d, "another-secret-of-16-or-more"));
        Assert.Equal("warning.raised", d.Event);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.InRange(long.Parse(d.Timestamp!, CultureInfo.InvariantCulture), now - 60, now + 5);

        var json = JsonDocument.Parse(d.Body).RootElement;
        Assert.Equal(d.DeliveryId, json.GetProperty("id").GetString());
        Assert.Equal("overdue-complaint", json.GetProperty("ruleCode").GetString());
        Assert.Equal("投诉举报逾期未办结", json.GetProperty("ruleName").GetString());
        Assert.Equal("raised", json.GetProperty("change").GetString());
        Assert.Equal("orange", json.GetProperty("level").GetString());
        Assert.Equal("open", json.GetProperty("status").GetString());
        Assert.Equal(12, json.GetProperty("agencyId").GetInt32());
        Assert.Equal(34, json.GetProperty("streetId").GetInt32());
        Assert.Equal("2026-03-02T01:02:03Z", json.GetProperty("at").GetString());
        // Who acted is a person's account name: it stays in the command center.
        Assert.False(json.TryGetProperty("by", out _));
    }

    [Fact]
    public async Task Changes_below_the_minimum_level_or_of_kinds_not_subscribed_are_not_sent()
    {
        fixture.Publish(News(2001, WarningLevel.Blue), News(2002, WarningLevel.Red, WarningChangeKind.Acknowledged), News(2003, WarningLevel.Yellow));

        // The dispatcher queues in order, so by the time the last one arrives the others would have been queued too: no
        // delivery job of theirs, in whatever state, means none will come.
        await fixture.Receiver.WaitForAsync(2003, 1);
        var jobs = Monitoring.EnqueuedJobs("default", 0, 1000).Select(j => j.Value.Job).Concat(Monitoring.ProcessingJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(Monitoring.SucceededJobs(0, 1000).Select(j => j.Value.Job)).Concat(Monitoring.ScheduledJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(Monitoring.FailedJobs(0, 1000).Select(j => j.Value.Job)).ToList();
        Assert.Contains(jobs, j => IsFor(j, 2003));
        Assert.DoesNotContain(jobs, j => IsFor(j, 2001) || IsFor(j, 2002));
        Assert.Empty(fixture.Receiver.Of(2001));
        Assert.Empty(fixture.Receiver.Of(2002));
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_the_same_delivery_id()
    {
        fixture.Receiver.Answer = (id, before) => id == 3001 && before == 0 ? 500 : 200;
        fixture.Publish(News(3001, WarningLevel.Red, WarningChangeKind.Escalated));

        await fixture.Receiver.WaitForAsync(3001, 1);
        // Hangfire schedules the retry minutes ahead; the test moves it to now rather than wait.
        var retry = await WaitAsync(() => Monitoring.ScheduledJobs(0, 100).FirstOrDefault(j => IsFor(j.Value.Job, 3001)).Key);
        fixture.App.Services.GetRequiredService<IBackgroundJobClient>().Requeue(retry);

        var both = await fixture.Receiver.WaitForAsync(3001, 2);
        Assert.Equal(both[0].DeliveryId, both[1].DeliveryId);
        Assert.Equal(both[0].Body, both[1].Body);
        Assert.All(both, d => Assert.True(Verifies(d, WebhookApp.Secret)));
        Assert.Equal("warning.escalated", both[1].Event);
    }

    [Fact]
    public async Task A_client_error_fails_the_delivery_without_retrying_it()
    {
        fixture.Receiver.Answer = (id, _) => id == 4001 ? 400 : 200;
        fixture.Publish(News(4001, WarningLevel.Red));

        await WaitAsync(() => Monitoring.FailedJobs(0, 100).FirstOrDefault(j => IsFor(j.Value.Job, 4001)).Key);
        Assert.Single(fixture.Receiver.Of(4001));
        Assert.DoesNotContain(Monitoring.ScheduledJobs(0, 100), j => IsFor(j.Value.Job, 4001));
    }

    private static async Task<string> WaitAsync(Func<string?> find, int seconds = 20)
    {
        string? found = null;
        await Wait.UntilAsync(() => (found = find()) is not null, TimeSpan.FromSeconds(seconds), "the expected job");
        return found!;
    }
}

public class WebhookConfigurationTests
{
    [Fact]
    public async Task Start_up_with_an_invalid_url_or_a_short_secret_fails_naming_the_field()
    {
        using var db = new TempDatabase();
        await using var app = new SupervisionApp(db.Path, demo: false, settings: new Dictionary<string, string>
        {
            ["Warnings:SweepOnStart"] = "false",
            ["Warnings:Webhooks:0:Name"] = "registry",
            ["Warnings:Webhooks:0:Url"] = "registry.example/hooks",
            ["Warnings:Webhooks:0:Secret"] = "0123456789abcdef",
            ["Warnings:Webhooks:1:Name"] = "archive",
            ["Warnings:Webhooks:1:Url"] = "https://archive.example/hooks",
            ["Warnings:Webhooks:1:Secret"] = "short",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        var text = error.ToString();
        Assert.Contains("Warnings:Webhooks:0:Url must be an absolute http or https URL", text);
        Assert.Contains("Warnings:Webhooks:1:Secret", text);
        Assert.DoesNotContain("Warnings:Webhooks:0:Secret", text);
        Assert.DoesNotContain("Warnings:Webhooks:1:Url", text);
    }
}
