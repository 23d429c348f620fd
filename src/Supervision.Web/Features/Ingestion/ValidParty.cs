using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A checked party: a person known by ID number, or an enterprise by unified social credit code.</summary>
internal sealed record ValidParty(PartyKind Kind, string Key, string? Name)
{
    public bool IsPerson => Kind == PartyKind.Person;
}
