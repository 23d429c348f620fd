using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 超频次检查: an enterprise inspected more often this year than its credit grade allows. The grade sets the frequency
/// (《济南市推进行政执法精准化规定》 第十一条; 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第7项: 诚信守法的降低频次, 失信违法的提高). Inspections prompted from
/// outside the agency's plan (投诉举报、上级交办、其他机关移送、重点领域治理部署) do not count (<see cref="InspectionFrequency.Counts"/>,
/// 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第6项); the agencies of one joint inspection (综合查一次) count once, as that is its point.
/// </summary>
public sealed class InspectionFrequencyRule(InspectionFrequencyOptions options) : IWarningRule<InspectionSnapshot>
{
    public const string RuleCode = "inspection-frequency";

    /// <summary>All of one enterprise's warnings, whatever the year: what an incoming inspection of it can change.</summary>
    public static string PartyKey(int partyId) => $"{RuleCode}:party:{partyId}";

    public static string SubjectKey(int partyId, int year) => $"{PartyKey(partyId)}:year:{year}";

    public string Code => RuleCode;
    public string Name => "检查频次超过信用等级上限";
    public string Source => "《济南市推进行政执法精准化规定》 第十一条；《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 第7项";
    public SeverityUnit Unit => SeverityUnit.Times;

    /// <summary>
    /// Each counted visit is judged by the grade in force on its (Shanghai) day: the n-th visit of the year is one too
    /// many when n is over the yearly maximum of the grade then in force (ungraded: <see cref="InspectionFrequencyOptions.UngradedAs"/>).
    /// The severity is the number of such visits. Chosen over a pro-rata allowance per grade period because the clause
    /// sets a number of inspections a year and a new grade does not undo the visits the enterprise already had: an
    /// enterprise visited twice as B and then graded A (2 a year) has had its A year's visits, so a third is too many;
    /// graded D after three B visits, it may have up to eight in the year. Pro rata would instead make any visit of a short
    /// period too many (graded A on 1 December: 2 × 31/365 ≈ 0.17 visits) and let a period's unused visits vanish. With
    /// one grade all year this is the year's visits against that grade's maximum.
    /// </summary>
    public IEnumerable<WarningFinding> Evaluate(InspectionSnapshot snapshot, DateTime nowUtc)
    {
        var year = DayWindow.YearToDate(nowUtc);
        var parties = snapshot.Parties.DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        var byParty = snapshot.Inspections
            .Where(i => year.Contains(i.StartedAt) && InspectionFrequency.Counts(i.Kind))
            .DistinctBy(i => i.Id)
            .GroupBy(i => i.PartyId)
            .OrderBy(g => g.Key);
        foreach (var g in byParty)
        {
            var party = parties.GetValueOrDefault(g.Key) ?? new PartyFact(g.Key, null, 0);
            // A joint inspection is one visit (综合查一次), on the day its first agency started.
            var visits = g.GroupBy(i => i.Kind == InspectionKind.Joint && i.JointReference is { } r ? "joint:" + r : "single:" + i.Id)
                .Select(v => v.Min(i => i.StartedAt))
                .Order()
                .Select(ChinaTime.DayOf)
                .ToList();
            var gradesOfVisits = visits.Select(party.GradeOn).ToList();
            var excess = gradesOfVisits.Where((grade, n) => n + 1 > options.Frequency.MaxPerYear(grade ?? options.UngradedAs)).Count();
            if (excess <= 0 || options.Levels.LevelFor(excess) is not { } level) continue;
            var latest = g.MaxBy(i => (i.StartedAt, i.Id))!;
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(g.Key, year.First.Year),
                level,
                excess,
                $"{Named.Party(g.Key)}{year.First.Year}年受检{visits.Count}次，超出信用等级上限{excess}次",
                Detail(party, year, gradesOfVisits, visits.Count, excess),
                latest.AgencyId,
                latest.StreetId,
                [RecordRef.Of(RecordKind.Inspection, g.Select(i => i.Id)), RecordRef.One(RecordKind.Party, g.Key)],
                nowUtc);
        }
    }

    private string Detail(PartyFact party, DayWindow year, IReadOnlyList<CreditGrade?> gradesOfVisits, int visits, int excess)
    {
        var who = Named.PartyWithCode(party.Id);
        if (gradesOfVisits.Distinct().Count() == 1)
        {
            var grade = gradesOfVisits[0];
            var max = options.Frequency.MaxPerYear(grade ?? options.UngradedAs);
            return $"{who}{(grade is null ? $"未评定信用等级（按{options.UngradedAs}级计）" : $"信用等级为{grade}级")}，"
                + $"{year.First.Year}年已接受计入频次的检查{visits}次，年度上限{max}次，超出{excess}次。";
        }
        // The grade changed between the year's visits: say from when each grade held and by whom it was given.
        var periods = new List<string> { $"年初{GradeText(party.GradeOn(year.First))}" };
        periods.AddRange((party.Grades ?? []).Where(c => c.EffectiveOn > year.First && c.EffectiveOn <= year.Last)
            .Select(c => $"{ChineseDates.Day(c.EffectiveOn)}起为{c.Grade}级（{c.Source}）"));
        var limits = gradesOfVisits.Select(grade => grade ?? options.UngradedAs).Distinct().Order()
            .Select(grade => $"{grade}级{options.Frequency.MaxPerYear(grade)}次");
        return $"{who}年内信用等级有变化：{string.Join("；", periods)}。每次检查按检查当日的信用等级计"
            + (gradesOfVisits.Contains(null) ? $"（未评定信用等级的按{options.UngradedAs}级计）" : "")
            + $"，{year.First.Year}年已接受计入频次的检查{visits}次，其中{excess}次超出当日信用等级的年度上限（{string.Join("、", limits)}）。";
    }

    private static string GradeText(CreditGrade? grade) => grade is null ? "未评定信用等级" : $"为{grade}级";
}
