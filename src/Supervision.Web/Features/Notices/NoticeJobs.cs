using System.ComponentModel;
using Hangfire;

namespace Supervision.Web.Features.Notices;

/// <summary>The Hangfire job of 层级督办.</summary>
public sealed class NoticeJobs(NoticeEscalation escalation)
{
    public const string EscalationId = "notices-escalation";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisplayName("监督文书层级督办")]
    public Task EscalateAsync(CancellationToken ct) => escalation.EscalateDueAsync(ct);
}
