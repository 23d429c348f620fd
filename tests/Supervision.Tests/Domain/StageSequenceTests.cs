using Supervision.Domain.Cases;

namespace Supervision.Tests.Domain;

public class StageSequenceTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 4, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime T0 = new(2026, 10, 1, 1, 0, 0, DateTimeKind.Utc);

    private static List<(CaseStage, DateTime)> Stages(params CaseStage[] stages) =>
        stages.Select((s, i) => (s, T0.AddDays(i))).ToList();

    [Fact]
    public void A_complete_ordinary_case_passes() =>
        Assert.Empty(StageSequence.Validate(Stages(CaseStage.Filed, CaseStage.Evidence, CaseStage.Notified, CaseStage.Decided,
            CaseStage.Served, CaseStage.Executed, CaseStage.Closed), isMajor: false, Now));

    [Fact]
    public void Hearing_and_execution_are_optional() =>
        Assert.Empty(StageSequence.Validate(Stages(CaseStage.Filed, CaseStage.Evidence, CaseStage.Notified, CaseStage.Decided,
            CaseStage.Served, CaseStage.Closed), isMajor: false, Now));

    [Fact]
    public void A_major_decision_without_legal_review_is_rejected()
    {
        var error = Assert.Single(StageSequence.Validate(Stages(CaseStage.Filed, CaseStage.Evidence, CaseStage.Notified, CaseStage.Decided), isMajor: true, Now));
        Assert.Equal("stages[2].stage", error.Field);
        Assert.Contains("LegalReview", error.Message);
    }

    [Fact]
    public void A_major_decision_with_legal_review_passes() =>
        Assert.Empty(StageSequence.Validate(Stages(CaseStage.Filed, CaseStage.Evidence, CaseStage.LegalReview, CaseStage.Notified,
            CaseStage.Hearing, CaseStage.Decided), isMajor: true, Now));

    [Fact]
    public void A_skipped_required_stage_is_named()
    {
        var error = Assert.Single(StageSequence.Validate(Stages(CaseStage.Filed, CaseStage.Decided), isMajor: false, Now));
        Assert.Contains("Evidence", error.Message);
    }

    [Fact]
    public void Stages_out_of_order_are_rejected()
    {
        var errors = StageSequence.Validate(Stages(CaseStage.Filed, CaseStage.Notified, CaseStage.Evidence), isMajor: false, Now);
        Assert.Contains(errors, e => e.Field == "stages[2].stage");
    }

    [Fact]
    public void A_case_must_start_with_filing() =>
        Assert.Contains(StageSequence.Validate(Stages(CaseStage.Evidence), false, Now), e => e.Field == "stages[0].stage");

    [Fact]
    public void Times_going_backwards_are_rejected_but_equal_times_are_not()
    {
        var backwards = new List<(CaseStage, DateTime)> { (CaseStage.Filed, T0), (CaseStage.Evidence, T0.AddSeconds(-1)) };
        Assert.Equal("stages[1].at", Assert.Single(StageSequence.Validate(backwards, false, Now)).Field);
        var same = new List<(CaseStage, DateTime)> { (CaseStage.Filed, T0), (CaseStage.Evidence, T0) };
        Assert.Empty(StageSequence.Validate(same, false, Now));
    }

    [Fact]
    public void A_stage_in_the_future_is_rejected_and_now_is_not()
    {
        Assert.Empty(StageSequence.Validate([(CaseStage.Filed, Now)], false, Now));
        Assert.Equal("stages[0].at", Assert.Single(StageSequence.Validate([(CaseStage.Filed, Now.AddSeconds(1))], false, Now)).Field);
    }
}
