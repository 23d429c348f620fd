using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Tests.Features.DrillDown;

public class InspectionCountTests
{
    private static readonly InspectionFrequency Defaults = new();

    [Fact]
    public void Inspections_prompted_from_outside_do_not_count_and_a_joint_inspection_counts_once()
    {
        (InspectionKind, string?)[] year =
        [
            (InspectionKind.Routine, null), (InspectionKind.DoubleRandom, null), (InspectionKind.ComplaintTriggered, null),
            (InspectionKind.HigherLevelAssignment, null), (InspectionKind.Referral, null), (InspectionKind.KeySectorCampaign, null),
            (InspectionKind.Joint, "LH-1"), (InspectionKind.Joint, "LH-1"), (InspectionKind.Joint, "LH-1"),
        ];
        var use = InspectionCount.Use(2026, CreditGrade.B, Defaults, year);
        Assert.Equal(3, use.Counted);
        Assert.Equal(4, use.NotCounted);
        Assert.Equal(3, use.Limit);
        Assert.True(use.AtLimit);
        Assert.False(use.Over);
    }

    [Theory]
    [InlineData(CreditGrade.A, 2)]
    [InlineData(CreditGrade.B, 3)]
    [InlineData(CreditGrade.C, 5)]
    [InlineData(CreditGrade.D, 8)]
    public void The_limit_is_the_grades_yearly_frequency_and_one_more_is_over(CreditGrade grade, int limit)
    {
        var atLimit = InspectionCount.Use(2026, grade, Defaults, [.. Enumerable.Repeat((InspectionKind.Routine, (string?)null), limit)]);
        Assert.Equal(limit, atLimit.Limit);
        Assert.False(atLimit.Over);
        var oneMore = InspectionCount.Use(2026, grade, Defaults, [.. Enumerable.Repeat((InspectionKind.Routine, (string?)null), limit + 1)]);
        Assert.True(oneMore.Over);
    }

    [Fact]
    public void An_ungraded_enterprise_has_no_limit()
    {
        var use = InspectionCount.Use(2026, null, Defaults, [(InspectionKind.Routine, null)]);
        Assert.Null(use.Limit);
        Assert.False(use.Over);
    }
}
