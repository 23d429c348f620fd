using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// How inspections count against the yearly frequency (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 items 6–7):
/// those prompted from outside the agency's plan (complaints, higher-level assignments, referrals, key-sector campaigns)
/// not at all, and a joint inspection (综合查一次) once for the enterprise however many agencies took part.
/// </summary>
public static class InspectionCount
{
    public static int Counted(IEnumerable<(InspectionKind Kind, string? JointReference)> inspections)
    {
        var counted = inspections.Where(i => InspectionFrequency.Counts(i.Kind)).ToList();
        return counted.Count(i => i.JointReference is null) + counted.Where(i => i.JointReference is not null).Select(i => i.JointReference).Distinct().Count();
    }

    public static FrequencyUse Use(int year, CreditGrade? grade, InspectionFrequency frequency, IReadOnlyCollection<(InspectionKind Kind, string? JointReference)> thisYear) =>
        new(year, Counted(thisYear), grade is { } g ? frequency.MaxPerYear(g) : null, thisYear.Count(i => !InspectionFrequency.Counts(i.Kind)));
}
