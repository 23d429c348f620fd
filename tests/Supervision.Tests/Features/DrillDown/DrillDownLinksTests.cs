using System.Net;
using Supervision.Domain.Cases;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.DrillDown;

[Collection(DrillDownCollection.Name)]
public class DrillDownLinksTests(DrillDownApp fixture)
{
    [Fact]
    public void Links_name_the_pages_and_carry_the_case_lists_preselection()
    {
        Assert.Equal("/streets/370102001", DrillDownLinks.Street("370102001"));
        Assert.Equal("/cases/7", DrillDownLinks.Case(7));
        Assert.Equal("/cases", DrillDownLinks.Cases());
        Assert.Equal("/cases?agency=370102-SCJG&stage=Filed&overdue=true&period=ThisYear",
            DrillDownLinks.Cases("370102-SCJG", CaseStage.Filed, overdue: true, period: PeriodPreset.ThisYear));
    }

    [Fact]
    public async Task A_preselecting_link_opens_the_case_list_with_its_filters_set()
    {
        var client = await fixture.App.SignInAsync("supervisor");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(DrillDownLinks.Cases("370102-SCJG", CaseStage.Evidence, overdue: true)));
        Assert.Contains("value=\"历下区市场监督管理局\"", html);
        Assert.Contains("调查取证", html);
    }
}
