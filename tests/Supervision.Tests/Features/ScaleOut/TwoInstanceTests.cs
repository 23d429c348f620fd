using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.States;
using Hangfire.Storage.Monitoring;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Exports;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.LiveStream;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Xunit.Abstractions;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Supervision.Tests.Features.ScaleOut;

/// <summary>Two instances on real PostgreSQL (Hangfire) and Redis, over real HTTP and a real SignalR client (docs/scale-out.md).</summary>
public class TwoInstanceTests(ITestOutputHelper output)
{
    [ServerFact]
    public async Task A_record_posted_to_instance_A_reaches_hub_clients_and_screens_of_instance_B_once_and_is_evaluated_once()
    {
        await using var two = await TwoInstances.StartAsync("relay");
        var issued = (await two.A.Services.GetRequiredService<AgencyKeys>().CreateAsync("370102-SCJG", "scale-out test"))!;
        string[] officers;
        await using (var db = await two.Db(two.A))
            officers = await db.Officers.Where(o => o.AgencyId == issued.AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
                .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToArrayAsync();

        // A wall screen on B renders from B's in-process feed.
        var onBFeed = Channel.CreateUnbounded<ActivityEvent>();
        using var onB = two.B.Services.GetRequiredService<ActivityFeed>().Subscribe(e => onBFeed.Writer.TryWrite(e));
        // A hub client on B, with the cookie of a sign-in on A: the shared key ring makes B read it.
        var cookie = await two.A.SignInCookieAsync("operator");
        await using var hub = TwoInstances.HubClient(two.B, cookie);
        var onBHub = Channel.CreateUnbounded<ActivityEvent>();
        hub.On<ActivityEvent>(nameof(IActivityClient.Activity), e => onBHub.Writer.TryWrite(e));
        await hub.StartAsync();
        await two.WaitForHubGroupAsync(ActivityHub.CityGroup);
        using (var redis = await TestServers.ConnectRedisAsync())
            Assert.True(await redis.GetDatabase().KeyExistsAsync(two.DataProtectionKey), "the key ring lives in Redis, shared by both");

        var watch = Stopwatch.StartNew();
        var recordId = await PostInspectionAsync(two.A, issued.Key, officers);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var viaHub = await FirstAsync(onBHub, recordId, timeout.Token);
        var hubSeconds = watch.Elapsed.TotalSeconds;
        var viaFeed = await FirstAsync(onBFeed, recordId, timeout.Token);
        output.WriteLine($"record {recordId}: B's hub client after {hubSeconds:0.00} s, B's feed after {watch.Elapsed.TotalSeconds:0.00} s");

        Assert.Equal(("inspection", "created", issued.AgencyId), (viaHub.Kind, viaHub.Action, viaHub.AgencyId));
        Assert.True(viaFeed.Remote, "B raises A's event as remote");
        Assert.Equal(("inspection", "created", "济南扩容测试商贸有限公司"), (viaFeed.Kind, viaFeed.Action, viaFeed.Party));

        // Nothing doubled: one hub message for B's client (A's relay through the backplane, not B's relay again), and
        // one evaluation job for the record (A's; B does not queue remote events). A second record posted now arrives
        // behind any echo of the first (each path delivers in order), so once it is there, a double would be too.
        var nextId = await PostInspectionAsync(two.A, issued.Key, officers);
        Assert.Equal(0, await CountUntilAsync(onBHub, recordId, nextId, timeout.Token));
        Assert.Equal(0, await CountUntilAsync(onBFeed, recordId, nextId, timeout.Token));
        // Both jobs visible: a job a worker has fetched but not yet marked Processing is in none of the monitoring lists
        // for a moment (seen once in the 20-run loop), so the first record's job is waited for too, then counted.
        await Wait.UntilAsync(() => Evaluations(two, nextId).Count > 0 && Evaluations(two, recordId).Count > 0, TimeSpan.FromSeconds(20),
            "both records' evaluation jobs");
        Assert.Single(Evaluations(two, recordId));
    }

    [ServerFact]
    public async Task Warning_notice_export_and_rule_setting_changes_on_A_reach_B_marked_remote_and_hub_clients_once()
    {
        await using var two = await TwoInstances.StartAsync("feeds");
        var warningsOnB = Channel.CreateUnbounded<WarningNews>();
        using var warningsSubscription = two.B.Services.GetRequiredService<WarningFeed>().Subscribe(news => { foreach (var n in news) warningsOnB.Writer.TryWrite(n); });
        var noticesOnB = Channel.CreateUnbounded<NoticeNews>();
        using var noticesSubscription = two.B.Services.GetRequiredService<NoticeFeed>().Subscribe(n => noticesOnB.Writer.TryWrite(n));
        var exportsOnB = Channel.CreateUnbounded<ExportUpdate>();
        using var exportsSubscription = two.B.Services.GetRequiredService<ExportProgress>().Subscribe(u => exportsOnB.Writer.TryWrite(u));
        var cookie = await two.B.SignInCookieAsync("supervisor");
        await using var hub = TwoInstances.HubClient(two.B, cookie);
        var warningsOnBHub = Channel.CreateUnbounded<WarningNews>();
        hub.On<WarningNews>(nameof(IActivityClient.Warning), n => warningsOnBHub.Writer.TryWrite(n));
        await hub.StartAsync();
        await two.WaitForHubGroupAsync(ActivityHub.CityGroup);

        var warning = new WarningNews(-4711, OverdueComplaintRule.RuleCode, "投诉举报超期", WarningChangeKind.Raised, WarningLevel.Red, WarningStatus.Open,
            "扩容测试预警", "detail", 1, null, DateTime.UtcNow, null);
        two.A.Services.GetRequiredService<WarningFeed>().Publish([warning]);
        two.A.Services.GetRequiredService<NoticeFeed>().Publish(new NoticeNews(-4712, 1, 2, Supervision.Domain.Notices.NoticeStatus.Issued, "escalated"));
        two.A.Services.GetRequiredService<ExportProgress>().Publish(new ExportUpdate(-4713, ExportStatus.Running, 40, 400));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var w = await warningsOnB.Reader.ReadAsync(timeout.Token);
        Assert.Equal((-4711, "扩容测试预警", WarningLevel.Red, true), (w.WarningId, w.Title, w.Level, w.Remote));
        var n = await noticesOnB.Reader.ReadAsync(timeout.Token);
        Assert.Equal((-4712, 2, "escalated", true), (n.NoticeId, n.EscalatedToAgencyId, n.Change, n.Remote));
        var u = await exportsOnB.Reader.ReadAsync(timeout.Token);
        Assert.Equal((-4713, ExportStatus.Running, 40, true), (u.Id, u.Status, u.Progress, u.Remote));
        Assert.Equal(-4711, (await warningsOnBHub.Reader.ReadAsync(timeout.Token)).WarningId);

        // Rule settings saved on A: B reloads them (its rules change without a restart).
        var settingsA = two.A.Services.GetRequiredService<WarningSettings>();
        var settingsB = two.B.Services.GetRequiredService<WarningSettings>();
        var edited = settingsA.Current.Settings with { RepeatViolation = settingsA.Current.Settings.RepeatViolation with { WindowDays = 91 } };
        Assert.Empty(await settingsA.SaveAsync(edited, SignedInAs.Principal(Supervision.Web.Features.Access.Roles.Admin, agencyId: null)));
        await Wait.UntilAsync(() => settingsB.Current.Version == settingsA.Current.Version, TimeSpan.FromSeconds(20), "B to reload the settings");
        Assert.Equal(91, settingsB.Current.Settings.RepeatViolation.WindowDays);

        // Once each: the hub client has A's message only, B's feeds no echo of their own. A second round published on A
        // now arrives behind any double of the first (each path delivers in order): until it is there, none may repeat.
        two.A.Services.GetRequiredService<WarningFeed>().Publish([warning with { WarningId = -4721 }]);
        two.A.Services.GetRequiredService<NoticeFeed>().Publish(new NoticeNews(-4722, 1, 2, Supervision.Domain.Notices.NoticeStatus.Issued, "escalated"));
        two.A.Services.GetRequiredService<ExportProgress>().Publish(new ExportUpdate(-4723, ExportStatus.Running, 40, 400));
        // (The sweep the settings change queued sends real warnings meanwhile: only the test's own one is counted.)
        for (var again = await warningsOnBHub.Reader.ReadAsync(timeout.Token); again.WarningId != -4721; again = await warningsOnBHub.Reader.ReadAsync(timeout.Token))
            Assert.NotEqual(-4711, again.WarningId);
        for (var other = await warningsOnB.Reader.ReadAsync(timeout.Token); other.WarningId != -4721; other = await warningsOnB.Reader.ReadAsync(timeout.Token))
            Assert.NotEqual(-4711, other.WarningId);
        Assert.Equal(-4722, (await noticesOnB.Reader.ReadAsync(timeout.Token)).NoticeId);
        Assert.Equal(-4723, (await exportsOnB.Reader.ReadAsync(timeout.Token)).Id);
    }

    [ServerFact]
    public async Task The_recurring_sweep_runs_once_per_occurrence_across_both_instances()
    {
        const string rule = OverdueComplaintRule.RuleCode;
        const int everySeconds = 5;
        // From before the instances start: the occurrences since then are all they may run.
        var watch = Stopwatch.StartNew();
        await using var two = await TwoInstances.StartAsync("recurring", new Dictionary<string, string>
        {
            // Hangfire 1.8 takes a six-field cron (seconds first): an occurrence every 5 s for the test.
            [$"Warnings:RuleCron:{rule}"] = $"*/{everySeconds} * * * * *",
            // The sweep of all rules out of the way (1 January only).
            ["Warnings:SweepCron"] = "0 0 1 1 *",
        });
        // Four occurrences' runs, however long a loaded machine takes to get there; the bound on their number below is
        // taken from the time that really passed.
        List<JobDetailsDto> Runs() => two.Jobs(nameof(WarningJobs.SweepAsync)).Select(j => j.Details).Where(j => j.Job.Args.Contains(rule)).ToList();
        await Wait.UntilAsync(() => Runs().Count(j => j.History.Any(h => h.StateName == SucceededState.StateName)) >= 4, TimeSpan.FromSeconds(90),
            $"four sweeps of {rule}");
        var watched = watch.Elapsed;

        var runs = Runs();
        // The occurrence a recurring job was made for: Hangfire's "Time" parameter (Unix seconds).
        var occurrences = runs.Select(j => long.Parse(j.Properties["Time"], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        var servers = runs.SelectMany(j => j.History).Where(h => h.StateName == ProcessingState.StateName).Select(h => h.Data["ServerId"]).Distinct().ToList();
        output.WriteLine($"{runs.Count} sweeps of {rule} in {watched.TotalSeconds} s, for occurrences " +
            $"{string.Join(", ", occurrences.Select(t => DateTimeOffset.FromUnixTimeSeconds(t).ToString("HH:mm:ss")))}; run by {string.Join(", ", servers)}");

        // Both instances schedule, yet one job per occurrence: no occurrence twice, and no cron slot twice. (A loaded machine
        // triggers late, and Hangfire records the time it triggered, e.g. :31 for the :30 slot and then :35 on time: slots,
        // not the gaps between recorded times, are what "once per occurrence" means.)
        Assert.InRange(runs.Count, 2, (int)(watched.TotalSeconds / everySeconds) + 2);
        Assert.Equal(occurrences.Count, occurrences.Distinct().Count());
        var slots = occurrences.Select(t => t - t % everySeconds).ToList();
        Assert.True(slots.Count == slots.Distinct().Count(), "cron slots run twice: " + string.Join(", ", occurrences));
        // And each ran on one server only (a job fetched by both would show two Processing states).
        Assert.All(runs, j => Assert.True(j.History.Count(h => h.StateName == ProcessingState.StateName) <= 1, "a sweep processed twice"));
    }

    [ServerFact]
    public async Task A_sweep_interrupted_by_stopping_instance_A_is_finished_by_instance_B_without_duplicate_warnings()
    {
        await using var two = await TwoInstances.StartAsync("failover", startB: false);
        var rules = two.A.Services.GetRequiredService<WarningSettings>().Rules.All.Select(r => r.Code).ToList();
        // A sweeps the first rules, then waits for the third rule's lock, which this test holds: A is then mid-job.
        var (done, blocked) = (rules[1], rules[2]);
        var storageOptions = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(two.Hangfire.ConnectionString, storageOptions), storageOptions);
        var connection = storage.GetConnection();
        var held = connection.AcquireDistributedLock($"supervision:warnings:{blocked}", TimeSpan.FromSeconds(5));
        string jobId;
        var a = TwoInstances.ServerOf(two.A);
        try
        {
            var enqueuedAt = DateTime.UtcNow;
            jobId = two.A.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<WarningJobs>(j => j.SweepAllAsync(CancellationToken.None));
            await Wait.UntilAsync(async () =>
            {
                var processing = two.Monitoring.JobDetails(jobId).History.FirstOrDefault()?.Data is { } d && d.TryGetValue("ServerId", out var server) ? server : "";
                await using var db = await two.Db(two.A);
                var run = await db.WarningRuleRuns.AsNoTracking().SingleOrDefaultAsync(r => r.RuleCode == done);
                return processing.StartsWith(a, StringComparison.Ordinal) && run?.FinishedAt >= enqueuedAt.AddSeconds(-1);
            }, TimeSpan.FromSeconds(40), "A to sweep the first rules and wait for the held rule");
            int partial;
            await using (var db = await two.Db(two.A)) partial = await db.Warnings.CountAsync();

            await two.StartBAsync();
            var stopping = Stopwatch.StartNew();
            await two.StopAAsync();
            output.WriteLine($"A held job {jobId} with {partial} warnings applied; stopping A took {stopping.Elapsed.TotalSeconds:0.0} s");
            // The job gave up its wait at once instead of holding A's stop for Hangfire's 15 s shutdown timeout.
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(12), $"stopping A took {stopping.Elapsed}");
        }
        finally
        {
            held.Dispose();
            connection.Dispose();
        }

        await Wait.UntilAsync(() => two.Monitoring.JobDetails(jobId).History.FirstOrDefault()?.StateName == SucceededState.StateName,
            TimeSpan.FromSeconds(60), "B to finish the sweep");
        var history = two.Monitoring.JobDetails(jobId).History.AsEnumerable().Reverse().ToList();
        output.WriteLine(string.Join(" → ", history.Select(h => $"{h.StateName}{(h.Data.TryGetValue("ServerId", out var s) ? " on " + s : "")}")));
        var processedBy = history.Where(h => h.StateName == ProcessingState.StateName).Select(h => h.Data["ServerId"]).ToList();
        Assert.StartsWith(a, processedBy.First());
        Assert.StartsWith(TwoInstances.ServerOf(two.B), processedBy.Last());
        Assert.Single(history, h => h.StateName == SucceededState.StateName);
        Assert.DoesNotContain(history, h => h.StateName == FailedState.StateName);
        Assert.Single(two.Jobs(nameof(WarningJobs.SweepAllAsync)));

        // No warning twice, and exactly what one more full sweep finds: the restarted sweep's upserts left no trace.
        List<(int Id, string Key)> after;
        await using (var db = await two.Db(two.B))
        {
            after = [.. (await db.Warnings.AsNoTracking().Select(w => new { w.Id, w.SubjectKey }).ToListAsync()).Select(w => (w.Id, w.SubjectKey)).Order()];
            var doubled = await db.Warnings.GroupBy(w => w.SubjectKey).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync();
            Assert.Empty(doubled);
        }
        Assert.NotEmpty(after);
        await two.B.Services.GetRequiredService<WarningEngine>().SweepAllAsync();
        await using (var db = await two.Db(two.B))
        {
            var again = (await db.Warnings.AsNoTracking().Select(w => new { w.Id, w.SubjectKey }).ToListAsync()).Select(w => (w.Id, w.SubjectKey)).Order().ToList();
            Assert.Equal(after, again);
        }
    }

    private static async Task<int> PostInspectionAsync(SupervisionApp app, string key, string[] officers)
    {
        var record = TwoInstances.InspectionRecord("济南扩容测试商贸有限公司", officers);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        var response = await client.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (int)(await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonObject>(response.Content))!["recordId"]!;
    }

    private static async Task<ActivityEvent> FirstAsync(Channel<ActivityEvent> events, int recordId, CancellationToken ct)
    {
        ActivityEvent e;
        do e = await events.Reader.ReadAsync(ct);
        while (e.RecordId != recordId || e.Kind != "inspection");
        return e;
    }

    /// <summary>How often the record comes before the next one (which is read too).</summary>
    private static async Task<int> CountUntilAsync(Channel<ActivityEvent> events, int recordId, int nextId, CancellationToken ct)
    {
        var n = 0;
        for (var e = await events.Reader.ReadAsync(ct); e.RecordId != nextId || e.Kind != "inspection"; e = await events.Reader.ReadAsync(ct))
            if (e.RecordId == recordId && e.Kind == "inspection") n++;
        return n;
    }

    private static List<JobDetailsDto> Evaluations(TwoInstances two, int recordId) =>
        two.Jobs(nameof(WarningJobs.EvaluateAsync)).Select(j => j.Details)
            .Where(j => j.Job.Args.OfType<RecordTouch[]>().Any(t => t.Any(x => x.Kind == Supervision.Domain.Warnings.RecordKind.Inspection && x.Id == recordId)))
            .ToList();
}
