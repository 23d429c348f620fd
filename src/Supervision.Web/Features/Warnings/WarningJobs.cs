using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Threading.Channels;
using Hangfire;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Warnings.Webhooks;

namespace Supervision.Web.Features.Warnings;

public sealed class WarningOptions
{
    public const string Section = "Warnings";

    /// <summary>When every rule is swept in full (cron, Asia/Shanghai).</summary>
    [Required, RegularExpression(@"^\s*(\S+\s+){4}\S+\s*$", ErrorMessage = "Warnings:SweepCron must be a five-field cron expression.")]
    public string SweepCron { get; set; } = "*/10 * * * *";

    /// <summary>Extra sweeps of single rules, by rule code (e.g. "overdue-complaint": "* * * * *"), besides the sweep of all.</summary>
    public Dictionary<string, string> RuleCron { get; set; } = [];

    /// <summary>Sweep every rule once right after start, so a fresh or restarted command center shows warnings at once.</summary>
    public bool SweepOnStart { get; set; } = true;

    /// <summary>Incoming records are gathered this long into one evaluation job (a 10,000-row import is not 10,000 jobs).</summary>
    [Range(0, 10_000)]
    public int BatchMilliseconds { get; set; } = 250;

    /// <summary>Subscribers that receive warning changes as signed JSON (docs/warnings.md "Webhooks"); checked at start-up.</summary>
    public List<WebhookTarget> Webhooks { get; set; } = [];
}

/// <summary>The Hangfire jobs. Retries come from Hangfire (AutomaticRetry); one evaluation per rule at a time from <see cref="RuleLocks"/>.</summary>
public sealed class WarningJobs(WarningEngine engine)
{
    public const string SweepAllId = "warnings-sweep";

    public static string RecurringId(string ruleCode) => $"warnings-sweep:{ruleCode}";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [DisplayName("预警全量扫描(全部规则)")]
    public Task SweepAllAsync(CancellationToken ct) => engine.SweepAllAsync(ct);

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [DisplayName("预警全量扫描 {0}")]
    public Task SweepAsync(string ruleCode, CancellationToken ct) => engine.SweepAsync(ruleCode, ct);

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [2, 10, 30, 120, 600])]
    [DisplayName("预警即时评估")]
    public Task EvaluateAsync(RecordTouch[] touches, CancellationToken ct) => engine.EvaluateAsync(touches, ct);
}

/// <summary>
/// Gathers the records the ingestion accepts (from the activity feed) and enqueues one evaluation job per short batch,
/// so a new warning reaches the screens within seconds of the record that caused it.
/// </summary>
public sealed class RecordTouchQueue(ActivityFeed activity, IBackgroundJobClient jobs, IOptions<WarningOptions> options, ILogger<RecordTouchQueue> log)
    : BackgroundService
{
    private const int MaxBatch = 500;

    private readonly Channel<RecordTouch> _touches = Channel.CreateBounded<RecordTouch>(new BoundedChannelOptions(100_000)
    {
        // Dropping a touch only delays its warning to the next sweep.
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    public override Task StartAsync(CancellationToken ct)
    {
        activity.Published += OnActivity;
        return base.StartAsync(ct);
    }

    public override Task StopAsync(CancellationToken ct)
    {
        activity.Published -= OnActivity;
        return base.StopAsync(ct);
    }

    private void OnActivity(ActivityEvent e)
    {
        // A record accepted by another instance is evaluated there: queuing it here too would evaluate it twice.
        if (e.RecordId > 0 && !e.Remote && RecordTouch.KindOfActivity(e.Kind) is { } kind) _touches.Writer.TryWrite(new RecordTouch(kind, e.RecordId));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.Value.BatchMilliseconds);
        while (await _touches.Reader.WaitToReadAsync(stoppingToken))
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, stoppingToken);
            var batch = new HashSet<RecordTouch>();
            while (batch.Count < MaxBatch && _touches.Reader.TryRead(out var t)) batch.Add(t);
            try
            {
                jobs.Enqueue<WarningJobs>(j => j.EvaluateAsync(batch.ToArray(), CancellationToken.None));
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Could not enqueue the evaluation of {Count} records; the next sweep covers them", batch.Count);
            }
        }
    }
}
