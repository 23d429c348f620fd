using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>
/// An enterprise with its current credit grade (null: not graded yet) and its dated grades, ordered by effective day
/// then receipt (empty: only the register's undated grade is known, and it holds all year).
/// </summary>
public sealed record PartyFact(int Id, CreditGrade? CreditGrade, int StreetId, IReadOnlyList<CreditGradeChange>? Grades = null)
{
    /// <summary>The grade in force on a Shanghai day (<see cref="CreditGrades.On"/>); null: ungraded then.</summary>
    public CreditGrade? GradeOn(DateOnly day) => CreditGrades.On(Grades ?? [], CreditGrade, day);
}
