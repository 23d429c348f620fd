namespace Supervision.Domain.Officers;

/// <summary>执法人员 with the enforcement certificate (执法证) that entitles them to act.</summary>
public sealed class Officer
{
    /// <summary>《济南市提升行政执法质量实施方案》: every officer takes at least 60 hours of training a year.</summary>
    public const double RequiredTrainingHoursPerYear = 60;

    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string Name { get; set; }
    public required string CertificateNumber { get; set; }
    public DateOnly CertificateExpiresOn { get; set; }
    public int TrainingYear { get; set; }
    public double TrainingHours { get; set; }

    /// <summary>A certificate is valid through the whole of its expiry day (Asia/Shanghai).</summary>
    public bool CertificateValidOn(DateOnly day) => day <= CertificateExpiresOn;
}
