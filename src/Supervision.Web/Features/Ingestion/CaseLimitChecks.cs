using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// The checks of what moves a case's decision limit (<see cref="DecisionPeriod"/>) and of a correction's reason. Days
/// are Shanghai calendar days: <c>filed</c> is the filing day, <c>decided</c> the decision day if
/// decided. Each finding names its field (<c>extension.until</c>, <c>suspensions[1].to</c>).
/// </summary>
internal static class CaseLimitChecks
{
    public const int ApproverLength = 100;
    public const int NoteLength = 200;
    public const int ReasonLength = 500;
    public const int MaxSuspensions = 50;

    /// <summary>
    /// How far past the statutory 90 days an extension may run. The rules allow further extensions one at a time (e.g.
    /// 《市场监督管理行政处罚程序规定》第六十四条: 三十日, then a collective decision), with no stated end; a year beyond the period is far
    /// past any real case and keeps a mistyped year (2062 for 2026) from hiding a case from the time-limit rule.
    /// </summary>
    public const int MaxExtensionDays = 365;

    public static ValidExtension? Extension(ExtensionIn? e, DateOnly filed, DateOnly? decided, DateOnly today, List<FieldError> errors)
    {
        if (e is null) return null;
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(e.Approver)) errors.Add(new("extension.approver", "延期须填写批准人。"));
        else if (e.Approver.Trim().Length > ApproverLength) errors.Add(new("extension.approver", $"批准人不能超过 {ApproverLength} 个字符。"));
        if (e.ApprovedOn is not { } approved) errors.Add(new("extension.approvedOn", "缺少延期的批准日期。"));
        else if (approved < filed) errors.Add(new("extension.approvedOn", $"批准日期早于立案日期（{ChineseDates.Day(filed)}）。"));
        else if (approved > today) errors.Add(new("extension.approvedOn", "批准日期晚于今天。"));
        else if (decided is { } d && approved > d) errors.Add(new("extension.approvedOn", $"批准日期晚于作出决定之日（{ChineseDates.Day(d)}）。"));
        var statutory = filed.AddDays(CaseTimeLimits.DecisionDays);
        if (e.Until is not { } until) errors.Add(new("extension.until", "缺少延期至的日期。"));
        else if (until <= statutory) errors.Add(new("extension.until", $"延期至的日期应晚于立案之日起九十日的法定期限（{ChineseDates.Day(statutory)}）。"));
        else if (e.ApprovedOn is { } a && until < a) errors.Add(new("extension.until", "延期至的日期早于批准日期。"));
        else if (until > statutory.AddDays(MaxExtensionDays))
            errors.Add(new("extension.until", $"延期至的日期不能晚于法定期限届满后一年（{ChineseDates.Day(statutory.AddDays(MaxExtensionDays))}）。"));
        return errors.Count == before && e.Approver is { } who && e.Until is { } u && e.ApprovedOn is { } on ? new ValidExtension(who.Trim(), u, on) : null;
    }

    /// <summary>The suspensions in order of their start; none may overlap another (an open one runs to today).</summary>
    public static List<ValidSuspension>? Suspensions(List<SuspensionIn?>? list, DateOnly filed, DateOnly? decided, DateOnly today, List<FieldError> errors)
    {
        if (list is null) return null;
        if (list.Count > MaxSuspensions) errors.Add(new("suspensions", $"中止记录不能超过 {MaxSuspensions} 条。"));
        var before = errors.Count;
        var valid = new List<(int Index, ValidSuspension S)>();
        for (var i = 0; i < Math.Min(list.Count, MaxSuspensions); i++)
        {
            var field = $"suspensions[{i}]";
            if (list[i] is not { } s)
            {
                errors.Add(new(field, "缺少中止记录。"));
                continue;
            }
            var count = errors.Count;
            var reason = RecordChecks.Enum<SuspensionReason>(s.Reason, $"{field}.reason", errors, required: true);
            if (s.From is not { } from) errors.Add(new($"{field}.from", "缺少中止的开始日期。"));
            else if (from < filed) errors.Add(new($"{field}.from", $"中止开始日期早于立案日期（{ChineseDates.Day(filed)}）。"));
            else if (from > today) errors.Add(new($"{field}.from", "中止开始日期晚于今天。"));
            else if (decided is { } d && from > d) errors.Add(new($"{field}.from", $"中止开始日期晚于作出决定之日（{ChineseDates.Day(d)}）。"));
            if (s.To is { } to && s.From is { } start && to < start) errors.Add(new($"{field}.to", "中止结束日期早于开始日期。"));
            else if (s.To > today) errors.Add(new($"{field}.to", "中止结束日期晚于今天；尚未结束的中止不填结束日期。"));
            if (s.Note is { Length: > NoteLength }) errors.Add(new($"{field}.note", $"说明不能超过 {NoteLength} 个字符。"));
            if (errors.Count == count && reason is { } r && s.From is { } f)
                valid.Add((i, new ValidSuspension(r, f, s.To, string.IsNullOrWhiteSpace(s.Note) ? null : s.Note.Trim())));
        }
        var ordered = valid.OrderBy(v => v.S.From).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            var (prevIndex, prev) = ordered[k - 1];
            if (ordered[k].S.From <= (prev.To ?? DateOnly.MaxValue))
                errors.Add(new($"suspensions[{ordered[k].Index}]",
                    $"与第{prevIndex + 1}条中止（{ChineseDates.Day(prev.From)}起）时间重叠；中止期间不能重叠，尚未结束的中止之后不能再有中止。"));
        }
        return errors.Count == before ? [.. ordered.Select(v => v.S)] : null;
    }

    /// <summary>The reason of a correction, required and bounded when a correction is sent.</summary>
    public static string? CorrectionReason(CorrectionIn? c, List<FieldError> errors)
    {
        if (c is null) return null;
        if (string.IsNullOrWhiteSpace(c.Reason)) errors.Add(new("correction.reason", "更正处罚决定须填写更正理由。"));
        else if (c.Reason.Trim().Length > ReasonLength) errors.Add(new("correction.reason", $"更正理由不能超过 {ReasonLength} 个字符。"));
        else return c.Reason.Trim();
        return null;
    }
}
