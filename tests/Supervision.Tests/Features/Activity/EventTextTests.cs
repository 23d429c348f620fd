using Supervision.Domain.Cases;
using Supervision.Web.Features.Activity;

namespace Supervision.Tests.Features.Activity;

/// <summary>The latest-records tables: a record of another day says its date; a case says the stage it has reached.</summary>
public class EventTextTests
{
    // 2026-12-07 23:59:59 and 2026-12-08 00:00:00 in Shanghai.
    private static readonly DateTime LastSecond = new(2026, 12, 7, 15, 59, 59, DateTimeKind.Utc);
    private static readonly DateTime Midnight = new(2026, 12, 7, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_time_carries_the_date_once_the_shanghai_day_has_turned()
    {
        Assert.Equal("23:59:59", EventText.Time(LastSecond, LastSecond));
        Assert.Equal("12-07 23:59", EventText.Time(LastSecond, Midnight));
        Assert.Equal("00:00:00", EventText.Time(Midnight, Midnight.AddHours(23)));
    }

    [Theory]
    [InlineData(CaseStage.Filed, "立案")]
    [InlineData(CaseStage.Decided, "作出决定")]
    [InlineData(CaseStage.Closed, "结案")]
    public void A_case_reads_by_its_current_stage_with_chinese_punctuation(CaseStage stage, string word) =>
        Assert.Equal($"历下区市场监督管理局{word}：占道经营（济南某某有限公司）", EventText.CaseSummary("历下区市场监督管理局", stage, "占道经营", "济南某某有限公司"));
}
