using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>An enterprise with its credit grade (null: not graded yet).</summary>
public sealed record PartyFact(int Id, CreditGrade? CreditGrade, int StreetId);
