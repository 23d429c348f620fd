using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class OverdueRectificationRuleTests
{
    private readonly OverdueRectificationRule _rule = new(new OverdueRectificationOptions());

    private static RectificationFact Order(string deadline, DateTime? reviewedAt = null) =>
        new(11, AgencyId: 2, PartyId: 7, StreetId: 3, Day(deadline), reviewedAt, InspectionId: 40);

    [Fact]
    public void The_deadline_day_itself_is_not_overdue_the_next_day_from_midnight_in_Shanghai_is()
    {
        Assert.Empty(_rule.Evaluate([Order("2026-03-10")], Local("2026-03-10 23:59:59")));
        var finding = Assert.Single(_rule.Evaluate([Order("2026-03-10")], Local("2026-03-11 00:00")));
        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Equal(1, finding.Severity);
        Assert.Equal("overdue-rectification:order:11", finding.SubjectKey);
        Assert.Contains(finding.Records, r => r.Kind == RecordKind.Inspection && r.Ids.SequenceEqual([40]));
    }

    [Theory]
    [InlineData("2026-03-17 09:00", 7, WarningLevel.Blue)]
    [InlineData("2026-03-18 09:00", 8, WarningLevel.Yellow)]
    [InlineData("2026-03-24 09:00", 14, WarningLevel.Yellow)]
    [InlineData("2026-03-25 09:00", 15, WarningLevel.Orange)]
    [InlineData("2026-04-09 09:00", 30, WarningLevel.Red)]
    public void Escalates_with_the_days_overdue(string now, int days, WarningLevel level)
    {
        var finding = Assert.Single(_rule.Evaluate([Order("2026-03-10")], Local(now)));
        Assert.Equal(days, finding.Severity);
        Assert.Equal(level, finding.Level);
        Assert.Equal("overdue-rectification:order:11", finding.SubjectKey);
    }

    [Fact]
    public void A_review_clears_it() =>
        Assert.Empty(_rule.Evaluate([Order("2026-03-10", Local("2026-03-20 10:00"))], Local("2026-04-09 09:00")));
}
