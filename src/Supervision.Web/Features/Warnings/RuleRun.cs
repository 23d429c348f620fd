namespace Supervision.Web.Features.Warnings;

/// <summary>How each rule's last full sweep went: the workbench shows it, and a failing rule is visible, not silent.</summary>
public sealed class RuleRun
{
    public required string RuleCode { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public double Seconds { get; set; }
    public int Findings { get; set; }
    public int Raised { get; set; }
    public int Escalated { get; set; }
    public int Resolved { get; set; }
    /// <summary>The last failure's message, cleared by the next success.</summary>
    public string? Error { get; set; }
    public DateTime? FailedAt { get; set; }
}
