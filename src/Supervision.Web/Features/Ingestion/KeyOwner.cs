namespace Supervision.Web.Features.Ingestion;

public sealed record KeyOwner(int KeyId, int AgencyId, string AgencyCode);
