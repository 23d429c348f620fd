using System.Globalization;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;

namespace Supervision.Web.Features.Activity;

/// <summary>How the latest-records tables write an event: the same summary whether it was read from the database or arrived live.</summary>
public static class EventText
{
    /// <summary>A case by its current stage (历下区市场监督管理局决定：…（济南某某有限公司）), not always as filed.</summary>
    public static string CaseSummary(string agency, CaseStage stage, string? matter, string party) =>
        $"{agency}{CaseStageNames.Of(stage)}：{matter}（{party}）";

    /// <summary>Shanghai time; with the date when the record is not of today (a quiet night's last records read as yesterday's).</summary>
    public static string Time(DateTime receivedUtc, DateTime nowUtc) =>
        ChinaTime.DayOf(receivedUtc) == ChinaTime.DayOf(nowUtc)
            ? ChinaTime.ToLocal(receivedUtc).ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : ChinaTime.ToLocal(receivedUtc).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
}
