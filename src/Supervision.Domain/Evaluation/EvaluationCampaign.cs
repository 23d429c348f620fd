namespace Supervision.Domain.Evaluation;

public enum CampaignStatus
{
    Open = 0,
    Closed = 1,
}

public enum FileStatus
{
    Unassigned = 0,
    Assigned = 1,
    Scored = 2,
}

/// <summary>
/// A yearly case-file evaluation campaign (案卷评查, seeds/004 第14项; seeds/003 五(三)): a random sample of one year's
/// closed cases of the chosen agencies, drawn from <see cref="Seed"/> so that it can be drawn again.
/// </summary>
public sealed class EvaluationCampaign
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The Asia/Shanghai year whose closed cases are sampled.</summary>
    public int Year { get; set; }
    /// <summary>Files per agency; exactly one of this and <see cref="SamplePercent"/> is set.</summary>
    public int? SamplePerAgency { get; set; }
    public int? SamplePercent { get; set; }
    public int Seed { get; set; }
    public CampaignStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public List<CampaignAgency> Agencies { get; set; } = [];

    public SampleSize Size => SamplePerAgency is { } n ? SampleSize.Files(n) : SampleSize.OfCases(SamplePercent ?? 100);
}

/// <summary>An agency in a campaign, with the number of closed cases it had when the sample was drawn (the population).</summary>
public sealed class CampaignAgency
{
    public int CampaignId { get; set; }
    public int AgencyId { get; set; }
    public int ClosedCases { get; set; }
}

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

/// <summary>Points taken from a file for one checklist item, with the reason.</summary>
public sealed class FileDeduction
{
    public int Id { get; set; }
    public int FileId { get; set; }
    public required string ItemCode { get; set; }
    public int Points { get; set; }
    public required string Reason { get; set; }
}
