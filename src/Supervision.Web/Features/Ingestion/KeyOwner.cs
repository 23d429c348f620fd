namespace Supervision.Web.Features.Ingestion;

/// <param name="Source">How records written for this owner came, as the record's history shows it: the API key, the import file and who imported it, the simulator.</param>
public sealed record KeyOwner(int KeyId, int AgencyId, string AgencyCode, string Source = "接口");
