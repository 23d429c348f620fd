namespace Supervision.Web.Features.DrillDown;

public sealed record CaseOfficerView(int Id, string Name, string CertificateNumber, DateOnly CertificateExpiresOn, bool ValidDuringEvidence);
