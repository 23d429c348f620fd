using System.Globalization;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Shared;

/// <summary>
/// The names the drill-down screens show for coded values, in the reader's language (UiText), and how they write money
/// and times: zh-CN grouping and yyyy-MM-dd HH:mm Shanghai time in either language.
/// </summary>
public static class RecordTerms
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Yuan(long? amount) => amount is { } a ? UiText.Format("Money.Yuan", a.ToString("N0", Chinese)) : "—";

    public static string Number(long value) => value.ToString("N0", Chinese);

    public static string Local(DateTime? utc) => utc is { } u ? ChinaTime.ToLocal(u).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Of(CaseStage stage) => UiText.Get($"Stage.{stage}");

    public static string Of(InspectionKind kind) => UiText.Get($"InspectionKind.{kind}");

    public static string Of(InspectionResult result) => UiText.Get($"InspectionResult.{result}");

    public static string Of(AgencyLevel level) => UiText.Get($"AgencyLevel.{level}");

    public static string Of(RegionKind kind) => UiText.Get($"RegionKind.{kind}");

    public static string Of(PenaltyKind kind) => UiText.Get($"Penalty.{kind}");

    public static string Of(DiscretionLevel level) => UiText.Get($"Discretion.{level}");

    /// <summary>The four lists by their full names (不予处罚清单 …); <see cref="Terms.Of(FourList)"/> is the short form.</summary>
    public static string Of(FourList list) => UiText.Get($"FourListName.{list}");

    public static string Of(CreditGrade? grade) => grade is { } g ? UiText.Format("Credit.Grade", g) : UiText.Get("Credit.None");

    public static string Of(Sector sector) => Terms.Of(sector);
}
