namespace Supervision.Web.Features.Ingestion;

public sealed record IssuedKey(int KeyId, int AgencyId, string Key);
