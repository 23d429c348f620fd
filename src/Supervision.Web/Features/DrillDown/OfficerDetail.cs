using Supervision.Domain.Officers;

namespace Supervision.Web.Features.DrillDown;

public sealed record OfficerDetail(
    int Id, string Name, string CertificateNumber, DateOnly CertificateExpiresOn, bool CertificateLapsed, int DaysToExpiry,
    int AgencyId, string AgencyCode, string AgencyName, int Year, double TrainingHoursThisYear, int Cases, int Inspections)
{
    public double TrainingHoursRequired => Officer.RequiredTrainingHoursPerYear;
    public bool ShortOfTraining => TrainingHoursThisYear < TrainingHoursRequired;
}
