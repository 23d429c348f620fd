using System.Globalization;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.DrillDown;

/// <summary>The Chinese names the drill-down screens show for coded values, and how they write money and times.</summary>
public static class RecordTerms
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Yuan(long? amount) => amount is { } a ? a.ToString("N0", Chinese) + " 元" : "—";

    public static string Number(long value) => value.ToString("N0", Chinese);

    public static string Local(DateTime? utc) => utc is { } u ? ChinaTime.ToLocal(u).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Of(CaseStage stage) => stage switch
    {
        CaseStage.Filed => "立案",
        CaseStage.Evidence => "调查取证",
        CaseStage.LegalReview => "法制审核",
        CaseStage.Notified => "告知",
        CaseStage.Hearing => "听证",
        CaseStage.Decided => "决定",
        CaseStage.Served => "送达",
        CaseStage.Executed => "执行",
        CaseStage.Closed => "结案",
        _ => stage.ToString(),
    };

    public static string Of(InspectionKind kind) => kind switch
    {
        InspectionKind.Routine => "日常检查",
        InspectionKind.DoubleRandom => "双随机抽查",
        InspectionKind.ComplaintTriggered => "投诉举报检查",
        InspectionKind.Joint => "联合检查",
        _ => kind.ToString(),
    };

    public static string Of(InspectionResult result) => result switch
    {
        InspectionResult.NothingFound => "未发现问题",
        InspectionResult.RectificationOrdered => "责令整改",
        InspectionResult.CaseOpened => "立案查处",
        _ => result.ToString(),
    };

    public static string Of(AgencyLevel level) => level switch
    {
        AgencyLevel.City => "市级",
        AgencyLevel.District => "区县级",
        AgencyLevel.Street => "街镇级",
        _ => level.ToString(),
    };

    public static string Of(RegionKind kind) => kind switch
    {
        RegionKind.City => "市",
        RegionKind.District => "区",
        RegionKind.County => "县",
        RegionKind.FunctionZone => "功能区",
        RegionKind.Street => "街道",
        RegionKind.Town => "镇",
        _ => kind.ToString(),
    };

    public static string Of(PenaltyKind kind) => kind switch
    {
        PenaltyKind.NoPenalty => "不予处罚",
        PenaltyKind.Warning => "警告",
        PenaltyKind.Fine => "罚款",
        PenaltyKind.Confiscation => "没收违法所得、非法财物",
        PenaltyKind.SuspendBusiness => "责令停产停业",
        PenaltyKind.RevokeLicence => "吊销许可证件",
        _ => kind.ToString(),
    };

    public static string Of(DiscretionLevel level) => level switch
    {
        DiscretionLevel.Minor => "轻微",
        DiscretionLevel.General => "一般",
        DiscretionLevel.Serious => "较重",
        DiscretionLevel.Severe => "严重",
        _ => level.ToString(),
    };

    public static string Of(FourList list) => list switch
    {
        FourList.NoPenalty => "不予处罚清单",
        FourList.Reduced => "减轻处罚清单",
        FourList.Lighter => "从轻处罚清单",
        FourList.Heavier => "从重处罚清单",
        _ => list.ToString(),
    };

    public static string Of(CreditGrade? grade) => grade is { } g ? $"{g} 级" : "未评级";

    public static string Of(Sector sector) => sector switch
    {
        Sector.UrbanManagement => "城市管理",
        Sector.MarketRegulation => "市场监管",
        Sector.Ecology => "生态环境",
        Sector.Transport => "交通运输",
        Sector.EmergencyManagement => "应急管理",
        Sector.CultureTourism => "文化旅游",
        Sector.Agriculture => "农业农村",
        Sector.Health => "卫生健康",
        Sector.NaturalResources => "自然资源",
        Sector.Housing => "住房城建",
        Sector.Water => "水务",
        Sector.Education => "教育",
        Sector.HumanResources => "人力资源社会保障",
        Sector.PublicSecurity => "公安",
        Sector.Forestry => "林业",
        Sector.Comprehensive => "综合执法",
        Sector.Other => "其他",
        _ => sector.ToString(),
    };
}
