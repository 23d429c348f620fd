using Supervision.Domain.Agencies;
using Supervision.Domain.Matters;

namespace Supervision.Web.Components.Shared;

/// <summary>The Chinese names screens show for the domain's coded values.</summary>
public static class Terms
{
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

    /// <summary>The four lists (四张清单, seeds/000 Art. 7).</summary>
    public static string Of(FourList list) => list switch
    {
        FourList.NoPenalty => "不予处罚",
        FourList.Reduced => "减轻处罚",
        FourList.Lighter => "从轻处罚",
        FourList.Heavier => "从重处罚",
        _ => list.ToString(),
    };
}
