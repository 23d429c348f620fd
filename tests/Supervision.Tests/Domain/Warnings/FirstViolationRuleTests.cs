using Supervision.Domain.Matters;
using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class FirstViolationRuleTests
{
    private static readonly DateTime Now = Local("2026-11-30 10:00");
    private readonly FirstViolationRule _rule = new(new FirstViolationOptions());
    private static readonly NoPenaltyItemFact FirstItem = new(90, MatterId: 4, "SCJG-0004-1", "首次违法，货值金额不足五百元且未造成危害后果的");

    private static FirstViolationFact Case(int id, string filed, long? fine, int? item = null, int party = 7, int matter = 4) =>
        new(id, AgencyId: 1, party, matter, StreetId: 3, Local(filed), Local(filed).AddDays(20), fine, item);

    private IEnumerable<WarningFinding> Judge(params FirstViolationFact[] cases) => _rule.Evaluate(new FirstViolationSnapshot(cases, [FirstItem]), Now);

    [Fact]
    public void A_first_violation_fined_without_citing_the_item_is_a_warning()
    {
        var finding = Assert.Single(Judge(Case(1, "2026-10-20 09:00", fine: 2000)));
        Assert.Equal("first-violation-fined:party:7:matter:4", finding.SubjectKey);
        Assert.Equal(WarningLevel.Yellow, finding.Level);
        Assert.Contains("案件未引用该项", finding.Detail);
        Assert.Contains("首次违法，货值金额不足五百元", finding.Detail);
    }

    [Fact]
    public void A_second_violation_fined_is_not_a_warning_however_old_the_first()
    {
        Assert.Empty(Judge(Case(1, "2019-01-05 09:00", fine: null), Case(2, "2026-10-20 09:00", fine: 2000)));
    }

    [Fact]
    public void A_first_violation_not_fined_is_not_a_warning()
    {
        Assert.Empty(Judge(Case(1, "2026-10-20 09:00", fine: null, item: 90)));
        Assert.Empty(Judge(Case(1, "2026-10-20 09:00", fine: 0)));
    }

    [Fact]
    public void Citing_the_item_and_fining_all_the_same_is_a_warning()
    {
        var finding = Assert.Single(Judge(Case(1, "2026-10-20 09:00", fine: 500, item: 90)));
        Assert.Contains("案件引用了该项却仍予罚款", finding.Detail);
    }

    [Fact]
    public void Only_matters_with_a_first_violation_item_and_decisions_within_the_lookback_count()
    {
        Assert.Empty(Judge(Case(1, "2026-10-20 09:00", fine: 2000, matter: 5)));
        // Decided 20 days after filing: 2026-08-01 + 20 = 21 August, more than 60 days before 30 November.
        Assert.Empty(Judge(Case(1, "2026-08-01 09:00", fine: 2000)));
        // Another party's earlier case does not make this one a second violation.
        Assert.Single(Judge(Case(1, "2025-01-05 09:00", fine: null, party: 8), Case(2, "2026-10-20 09:00", fine: 2000)));
    }

    [Theory]
    [InlineData("首次违法且在立案调查前主动停止违法行为的", true)]
    [InlineData("初次违法且危害后果轻微并及时改正的", true)]
    [InlineData("违法行为轻微并及时改正，没有造成危害后果的", false)]
    public void An_item_applies_to_first_violations_when_its_circumstance_says_so(string circumstance, bool applies) =>
        Assert.Equal(applies, new FourListItem { Code = "X-1", Circumstance = circumstance }.AppliesToFirstViolation);
}
