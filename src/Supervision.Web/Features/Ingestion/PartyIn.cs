namespace Supervision.Web.Features.Ingestion;

public sealed record PartyIn(string? Kind, string? Name, string? CreditCode, string? IdNumber);
