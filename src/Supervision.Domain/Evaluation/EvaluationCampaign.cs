namespace Supervision.Domain.Evaluation;

/// <summary>
/// A yearly case-file evaluation campaign (案卷评查, 《济南市提升行政执法质量实施方案》 第14项; 威海市《关于改进和加强行政执法工作的意见》 五(三)): a random sample of one year's
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
