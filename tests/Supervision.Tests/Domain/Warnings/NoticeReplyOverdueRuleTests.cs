using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class NoticeReplyOverdueRuleTests
{
    private readonly NoticeReplyOverdueRule _rule = new(new NoticeReplyOverdueOptions());

    private static NoticeFact Notice(string deadline, bool awaits = true, bool sentBack = false) =>
        new(21, "济执监〔2026〕3号", AgencyId: 4, awaits, sentBack, Day(deadline));

    [Fact]
    public void The_deadline_day_itself_is_not_overdue_the_next_day_from_midnight_in_Shanghai_is()
    {
        Assert.Empty(_rule.Evaluate([Notice("2026-03-10")], Local("2026-03-10 23:59:59")));
        var f = Assert.Single(_rule.Evaluate([Notice("2026-03-10")], Local("2026-03-11 00:00")));
        Assert.Equal((WarningLevel.Blue, 1d, "notice-reply-overdue:notice:21", 4), (f.Level, f.Severity, f.SubjectKey, f.AgencyId));
        Assert.Contains("济执监〔2026〕3号", f.Detail);
        Assert.Equal(RecordKind.Notice, Assert.Single(f.Records).Kind);
    }

    [Theory]
    [InlineData("2026-03-13 12:00", 3, WarningLevel.Blue)]
    [InlineData("2026-03-14 00:00", 4, WarningLevel.Yellow)]
    [InlineData("2026-03-17 23:59", 7, WarningLevel.Yellow)]
    [InlineData("2026-03-18 00:00", 8, WarningLevel.Orange)]
    [InlineData("2026-03-25 00:00", 15, WarningLevel.Red)]
    public void Escalates_with_the_days_past_the_deadline(string now, int days, WarningLevel level)
    {
        var f = Assert.Single(_rule.Evaluate([Notice("2026-03-10")], Local(now)));
        Assert.Equal((days, level), ((int)f.Severity, f.Level));
    }

    [Fact]
    public void A_notice_replied_to_or_closed_raises_nothing_one_sent_back_does_and_says_so()
    {
        Assert.Empty(_rule.Evaluate([Notice("2026-03-10", awaits: false)], Local("2026-04-10 09:00")));
        var f = Assert.Single(_rule.Evaluate([Notice("2026-03-10", sentBack: true)], Local("2026-03-12 09:00")));
        Assert.Contains("退回", f.Detail);
    }

    [Fact]
    public void Levels_are_configurable_and_a_blue_threshold_below_one_day_is_refused()
    {
        var strict = new NoticeReplyOverdueRule(new NoticeReplyOverdueOptions { Levels = Escalation.Of(1, 1, 2, 3) });
        Assert.Equal(WarningLevel.Yellow, Assert.Single(strict.Evaluate([Notice("2026-03-10")], Local("2026-03-11 08:00"))).Level);
        var errors = new RuleSettings { NoticeReplyOverdue = new() { Levels = Escalation.Of(0, 4, 8, 15) } }.Validate();
        Assert.Contains(errors, e => e.Field == "noticeReplyOverdue.levels.blue");
        Assert.Empty(new RuleSettings().Validate());
    }
}
