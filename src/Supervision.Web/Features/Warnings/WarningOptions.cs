using System.ComponentModel.DataAnnotations;
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
