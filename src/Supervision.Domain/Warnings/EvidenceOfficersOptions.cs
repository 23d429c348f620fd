namespace Supervision.Domain.Warnings;

/// <summary>Evidence taken by too few officers or by an officer without a valid certificate.</summary>
public sealed record EvidenceOfficersOptions
{
    public int MinOfficers { get; init; } = 2;
    /// <summary>Evidence taken in these last days is judged: about a case's decision period.</summary>
    public int LookbackDays { get; init; } = 90;
    public WarningLevel TooFewOfficersLevel { get; init; } = WarningLevel.Orange;
    public WarningLevel LapsedCertificateLevel { get; init; } = WarningLevel.Red;
}
