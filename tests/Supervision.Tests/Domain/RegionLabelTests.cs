using Supervision.Domain.Geography;

namespace Supervision.Tests.Domain;

public class RegionLabelTests
{
    [Theory]
    [InlineData("济南高新技术产业开发区", "高新区")]
    [InlineData("济南新旧动能转换起步区", "起步区")]
    [InlineData("济南经济技术开发区", "经开区")]
    [InlineData("历下区", "历下区")]
    // 济阳 begins with 济 but not with 济南: kept whole.
    [InlineData("济阳区", "济阳区")]
    [InlineData("南部山区", "南部山区")]
    // Nothing is left of a name that is only the city's: kept whole.
    [InlineData("济南", "济南")]
    public void A_district_is_written_on_the_map_as_people_say_it(string name, string label) =>
        Assert.Equal(label, RegionLabel.Of(name, "济南市"));
}
