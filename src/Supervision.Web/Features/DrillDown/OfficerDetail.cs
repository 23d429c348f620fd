using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Officers;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed record OfficerDetail(
    int Id, string Name, string CertificateNumber, DateOnly CertificateExpiresOn, bool CertificateLapsed, int DaysToExpiry,
    int AgencyId, string AgencyCode, string AgencyName, int Year, double TrainingHoursThisYear, int Cases, int Inspections)
{
    public double TrainingHoursRequired => Officer.RequiredTrainingHoursPerYear;
    public bool ShortOfTraining => TrainingHoursThisYear < TrainingHoursRequired;
}
