namespace Supervision.Domain.Parties;

public enum PartyKind
{
    Enterprise = 0,
    Person = 1,
}
