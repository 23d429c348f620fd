using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 取证人员不合规: evidence is taken by two or more officers showing their enforcement certificates (威海市《关于改进和加强行政执法工作的意见》
/// 三(二)2: 调查取证要由2名以上行政执法人员进行并主动出示行政执法证件). A certificate is valid through its expiry day in
/// Asia/Shanghai; an officer the register does not know has no certificate to show. The officers are the case's.
/// </summary>
public sealed class EvidenceOfficersRule(EvidenceOfficersOptions options) : IWarningRule<EvidenceSnapshot>
{
    public const string RuleCode = "evidence-officers";

    public static string SubjectKey(int caseId) => $"{RuleCode}:case:{caseId}";

    public string Code => RuleCode;
    public string Name => "调查取证人员不合规";
    public string Source => "威海市《关于改进和加强行政执法工作的意见》 三(二)2";
    public SeverityUnit Unit => SeverityUnit.People;

    public IEnumerable<WarningFinding> Evaluate(EvidenceSnapshot snapshot, DateTime nowUtc)
    {
        var window = DayWindow.Ending(nowUtc, options.LookbackDays);
        var officers = snapshot.Officers.DistinctBy(o => o.Id).ToDictionary(o => o.Id);
        foreach (var e in snapshot.Evidence.Where(e => e.TakenOrReceivedIn(window)).DistinctBy(e => e.CaseId).OrderBy(e => e.CaseId))
        {
            var day = ChinaTime.DayOf(e.TakenAt);
            var ids = e.OfficerIds.Distinct().Order().ToList();
            var lapsed = ids.Where(id => !officers.TryGetValue(id, out var o) || day > o.CertificateExpiresOn).ToList();
            var shortBy = Math.Max(0, options.MinOfficers - ids.Count);
            if (shortBy == 0 && lapsed.Count == 0) continue;

            var problems = new List<string>();
            WarningLevel? level = null;
            if (shortBy > 0)
            {
                problems.Add($"取证人员仅{ids.Count}人，少于{options.MinOfficers}人");
                level = options.TooFewOfficersLevel;
            }
            if (lapsed.Count > 0)
            {
                problems.Add("执法证无效或已过期的人员：" + string.Join("、", lapsed.Select(id => officers.TryGetValue(id, out var o)
                    ? $"{Named.Officer(id)}（执法证号{Named.Certificate(id)}，有效期至{ChineseDates.Day(o.CertificateExpiresOn)}）"
                    : $"{Named.Officer(id)}（执法证登记中查无此人）")));
                level = level is { } l && l > options.LapsedCertificateLevel ? l : options.LapsedCertificateLevel;
            }
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(e.CaseId),
                level!.Value,
                shortBy + lapsed.Count,
                $"案件{e.CaseNumber}调查取证{(shortBy > 0 ? "人员不足" : "人员执法证无效")}",
                $"案件{e.CaseNumber}于{ChineseDates.Day(day)}调查取证：{string.Join("；", problems)}。",
                e.AgencyId,
                e.StreetId,
                ids.Count > 0
                    ? [RecordRef.One(RecordKind.Case, e.CaseId), RecordRef.Of(RecordKind.Officer, ids)]
                    : [RecordRef.One(RecordKind.Case, e.CaseId)],
                nowUtc);
        }
    }
}
