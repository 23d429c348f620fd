using Supervision.Domain.Officers;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// An officer's certificate and this year's training. Hours recorded for an earlier year count as none this year.
/// </summary>
public sealed record OfficerRow(int Id, string Name, string CertificateNumber, DateOnly CertificateExpiresOn, bool CertificateLapsed, double TrainingHoursThisYear)
{
    public bool ShortOfTraining => TrainingHoursThisYear < Officer.RequiredTrainingHoursPerYear;
}
