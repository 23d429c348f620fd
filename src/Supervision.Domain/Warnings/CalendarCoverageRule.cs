using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// 节假日日历待维护: deadlines counted in working days exclude the statutory holidays (行政处罚法第八十五条: “七日”的规定是指工作日，
/// 不含法定节假日), and those follow the State Council's yearly notice, with a holiday falling on a weekend made up on a
/// working day (《全国年节及纪念日放假办法》 第六条). A year the calendar does not hold cannot be counted right, so a year that
/// starts within <see cref="CalendarCoverageOptions.LeadDays"/> without a calendar is a warning of its own, one per year,
/// cleared by the next sweep after the admins maintain it. The facts are the years the calendar holds.
/// </summary>
public sealed class CalendarCoverageRule(CalendarCoverageOptions options) : IWarningRule<IReadOnlyCollection<int>>
{
    public const string RuleCode = "calendar-coverage";

    public static string SubjectKey(int year) => $"{RuleCode}:year:{year}";

    public string Code => RuleCode;
    public string Name => "节假日日历待维护";
    public string Source => "行政处罚法第八十五条；《全国年节及纪念日放假办法》 第六条";
    public SeverityUnit Unit => SeverityUnit.Days;

    public IEnumerable<WarningFinding> Evaluate(IReadOnlyCollection<int> years, DateTime nowUtc)
    {
        var today = ChinaTime.DayOf(nowUtc);
        var horizon = today.AddDays(Math.Max(0, options.LeadDays));
        for (var year = today.Year; year <= horizon.Year; year++)
        {
            if (years.Contains(year)) continue;
            var first = new DateOnly(year, 1, 1);
            var started = first <= today;
            var from = started ? today : first;
            var when = started
                ? $"今天（{ChineseDates.Day(today)}）起"
                : $"距{ChineseDates.Day(first)}还有{first.DayNumber - today.DayNumber}天，届时";
            yield return new WarningFinding(
                RuleCode,
                SubjectKey(year),
                started ? WarningLevel.Red : options.Level,
                horizon.DayNumber - from.DayNumber + 1,
                $"节假日日历未覆盖{year}年",
                $"节假日日历尚未维护{year}年的法定节假日和调休上班日，{when}案件办理期限、节假日强制执行等预警只能暂按周六、周日休息推算，"
                    + $"需待日历维护后复核。请系统管理员在“节假日日历”页面录入或导入国务院办公厅公布的{year}年节假日安排。",
                null,
                null,
                [],
                nowUtc);
        }
    }
}
