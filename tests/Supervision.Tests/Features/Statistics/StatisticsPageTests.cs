using System.Globalization;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Statistics;

/// <summary>The page as the server first renders it: last complete month, the first view with its 合计 row.</summary>
[Collection(StatisticsCollection.Name)]
public class StatisticsPageTests(StatisticsApp fixture)
{
    [Fact]
    public async Task The_page_opens_on_last_month_with_the_city_totals_for_an_analyst()
    {
        var report = await fixture.StatisticsAs(SignedInAs.Principal(Roles.Analyst, null)).ReadAsync(fixture.Month);
        var html = await (await fixture.App.SignInAsync("analyst")).GetStringAsync("/statistics");

        Assert.Contains(fixture.Month.Label, html);
        foreach (var tab in new[] { "按单位", "按区县", "按领域", "四张清单", "预警", "监督文书", "投诉举报", "合计", "导出Excel" })
            Assert.Contains(tab, html);
        Assert.Contains(report.Total.Inspections.ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), html);
        Assert.Contains("data-testid=\"sector\"", html);
    }

    [Fact]
    public async Task A_liaison_gets_its_agency_and_no_agency_or_sector_choice()
    {
        var html = await (await fixture.App.SignInAsync("liaison")).GetStringAsync("/statistics");

        Assert.Contains("历下区市场监督管理局", html);
        Assert.DoesNotContain("历城区", html.Split("statistics-agency")[^1].Split("</table>")[0]);
        Assert.DoesNotContain("data-testid=\"sector\"", html);
    }
}
