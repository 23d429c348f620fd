namespace Supervision.Domain.Warnings;

/// <summary>An officer's certificate and this year's training.</summary>
public sealed record OfficerFact(int Id, int AgencyId, string Name, DateOnly CertificateExpiresOn, int TrainingYear, double TrainingHours);
