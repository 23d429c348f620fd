using System.ComponentModel;
using Hangfire;

namespace Supervision.Web.Features.Warnings;

/// <summary>The Hangfire jobs. Retries come from Hangfire (AutomaticRetry); one evaluation per rule at a time from <see cref="RuleLocks"/>.</summary>
public sealed class WarningJobs(WarningEngine engine, EvaluationBacklog backlog)
{
    public const string SweepAllId = "warnings-sweep";

    public static string RecurringId(string ruleCode) => $"warnings-sweep:{ruleCode}";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [DisplayName("预警全量扫描(全部规则)")]
    public async Task SweepAllAsync(CancellationToken ct)
    {
        var startedAt = backlog.Now;
        await engine.SweepAllAsync(ct);
        await backlog.SweptAsync(startedAt, ct);
    }

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [DisplayName("预警全量扫描 {0}")]
    public Task SweepAsync(string ruleCode, CancellationToken ct) => engine.SweepAsync(ruleCode, ct);

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [2, 10, 30, 120, 600])]
    [DisplayName("预警即时评估")]
    public async Task EvaluateAsync(RecordTouch[] touches, CancellationToken ct)
    {
        await engine.EvaluateAsync(touches, ct);
        await backlog.DoneAsync(touches, ct);
    }
}
