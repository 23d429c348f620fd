namespace Supervision.Domain.Evaluation;

/// <summary>One sampled case file: who evaluates it and, once scored, its score and grade (the grade under the thresholds in force then).</summary>
public sealed class CampaignFile
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int CaseId { get; set; }
    public int AgencyId { get; set; }
    /// <summary>The evaluator's user name.</summary>
    public string? Evaluator { get; set; }
    public FileStatus Status { get; set; }
    public int? Score { get; set; }
    public Grade? Grade { get; set; }
    public DateTime? ScoredAt { get; set; }
    public string? ScoredBy { get; set; }
    public List<FileDeduction> Deductions { get; set; } = [];
}
