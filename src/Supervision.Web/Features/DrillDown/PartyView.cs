using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

/// <summary>A party as a shared screen may show it: a person's name and ID number masked.</summary>
public sealed record PartyView(int Id, PartyKind Kind, string Name, string? Identifier, CreditGrade? Grade)
{
    public static PartyView Of(int id, PartyKind kind, string name, string? creditCode, string? idNumber, CreditGrade? grade) =>
        new(id, kind, PersonalData.Display(kind, name), kind == PartyKind.Person ? idNumber is null ? null : IdNumber.Mask(idNumber) : creditCode, grade);
}
