namespace Supervision.Web.Features.Ingestion;

public sealed record KeyRow(int Id, string AgencyCode, string AgencyName, string Prefix, string? Label, DateTime CreatedAt, DateTime? RevokedAt);
