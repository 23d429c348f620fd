namespace Supervision.Domain.Parties;

/// <summary>Which credit grade was in force on a day, from an enterprise's dated grades.</summary>
public static class CreditGrades
{
    /// <summary>
    /// The grade in force on <paramref name="day"/>: the dated grade with the latest effective day not after it (of two
    /// on the same day, the later in <paramref name="history"/>, i.e. the later received). Before the earliest dated
    /// grade, the grade held before it (<see cref="CreditGradeChange.GradeBefore"/>, null: ungraded). With no dated
    /// grade at all, <paramref name="undated"/> — the register's grade, whose date is not known — holds on every day.
    /// </summary>
    /// <param name="history">The dated grades ordered by effective day, then by receipt.</param>
    public static CreditGrade? On(IReadOnlyList<CreditGradeChange> history, CreditGrade? undated, DateOnly day)
    {
        if (history.Count == 0) return undated;
        CreditGradeChange? inForce = null;
        foreach (var g in history)
            if (g.EffectiveOn <= day) inForce = g;
        return inForce is null ? history[0].GradeBefore : inForce.Grade;
    }
}
