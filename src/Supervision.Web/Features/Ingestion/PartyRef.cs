using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A party as the writers need it: its id for the record, its kind and name for the (masked) event.</summary>
public sealed record PartyRef(int Id, PartyKind Kind, string Name);
